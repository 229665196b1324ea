import { addDays, addMonths, type IsoDate } from '../tools/isoDate'
import type { Tool } from '../tools/tool'
import { samplePersonIds as who } from './samplePeople'

type ToolSeed = Partial<Tool> & Pick<Tool, 'name' | 'vendor' | 'category' | 'amount' | 'billingCycle' | 'pricing'>

const defaults: Omit<Tool, 'id' | 'createdAt' | 'updatedAt' | keyof ToolSeed> & Partial<Tool> = {
  description: '',
  website: '',
  teams: [],
  status: 'active',
  currency: 'USD',
  autoRenew: true,
  sso: true,
  dataClassification: 'internal',
  integrationIds: [],
  notes: ''
}

/** Contract dates are relative to today so the sample always has something due soon. */
export function sampleTools(today: IsoDate, stamp: { createdAt: string; updatedAt: string }): Tool[] {
  const seeds: ToolSeed[] = [
    { name: 'Amplitude', vendor: 'Amplitude Inc.', category: 'analytics', pricing: 'flat', amount: 36000, billingCycle: 'annual', ownerId: who.priya, teams: ['Growth', 'Platform'], contractEnd: addDays(today, 40), noticeDays: 30, seatsPurchased: 40, seatsUsed: 31, seatsVerifiedAt: addDays(today, -20), website: 'https://amplitude.com' },
    { name: 'Mixpanel', vendor: 'Mixpanel', category: 'analytics', pricing: 'per-seat', amount: 28, billingCycle: 'monthly', ownerId: who.jonas, teams: ['Growth'], seatsPurchased: 15, seatsUsed: 4, seatsVerifiedAt: addDays(today, -130), contractEnd: addMonths(today, 1), noticeDays: 0, website: 'https://mixpanel.com' },
    { name: 'Productboard', vendor: 'Productboard', category: 'roadmapping', pricing: 'per-seat', amount: 59, billingCycle: 'monthly', ownerId: who.maya, teams: ['Product Ops', 'Growth', 'Platform'], seatsPurchased: 25, seatsUsed: 22, seatsVerifiedAt: addDays(today, -10), contractEnd: addDays(today, 200), noticeDays: 60 },
    { name: 'Figma', vendor: 'Figma', category: 'design', pricing: 'per-seat', amount: 540, billingCycle: 'annual', ownerId: who.diego, teams: ['Design'], seatsPurchased: 18, seatsUsed: 17, seatsVerifiedAt: addDays(today, -45), contractEnd: addDays(today, 75), noticeDays: 30 },
    { name: 'Jira Software', vendor: 'Atlassian', category: 'project management', pricing: 'per-seat', amount: 8.15, billingCycle: 'monthly', ownerId: who.kofi, teams: ['Platform', 'Growth'], seatsPurchased: 80, seatsUsed: 76, seatsVerifiedAt: addDays(today, -5), contractEnd: addDays(today, 300), noticeDays: 30 },
    { name: 'Notion', vendor: 'Notion Labs', category: 'documentation', pricing: 'per-seat', amount: 120, billingCycle: 'annual', teams: ['Product Ops', 'Design'], seatsPurchased: 60, seatsUsed: 41, seatsVerifiedAt: addDays(today, -100), contractEnd: addDays(today, 17), noticeDays: 7 },
    { name: 'Zendesk Suite', vendor: 'Zendesk', category: 'support', pricing: 'per-seat', amount: 1380, billingCycle: 'annual', currency: 'EUR', ownerId: who.hannah, teams: ['Customer Success'], seatsPurchased: 12, seatsUsed: 12, seatsVerifiedAt: addDays(today, -30), contractEnd: addDays(today, 130), noticeDays: 90 },
    { name: 'Optimizely', vendor: 'Optimizely', category: 'experimentation', pricing: 'flat', amount: 90000, billingCycle: 'multi-year', cycleMonths: 24, ownerId: who.jonas, teams: ['Growth'], contractEnd: addDays(today, 95), noticeDays: 90, status: 'active' },
    { name: 'Dovetail', vendor: 'Dovetail', category: 'feedback', pricing: 'per-seat', amount: 29, billingCycle: 'monthly', status: 'trial', teams: ['Design', 'Product Ops'], seatsPurchased: 5, seatsUsed: 5, autoRenew: false, contractEnd: addDays(today, 12), noticeDays: 0 }
  ]
  return seeds.map((seed, index) => ({ ...defaults, ...seed, id: `sample-tool-${index + 1}`, ...stamp }) as Tool)
}
