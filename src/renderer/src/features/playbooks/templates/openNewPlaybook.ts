import { navigate } from '../../../navigation/useRoute'

/** "New playbook" opens the template gallery: blank, a built-in template, or one of the team's own. */
export function openNewPlaybook(): void {
  navigate('playbooks', 'new')
}
