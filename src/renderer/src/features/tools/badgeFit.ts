/** Badge styles that let a long label ("61 days overdue", "Deprecated") wrap instead of ending in an ellipsis in a narrow column. */
export const fittingBadge = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.25, textAlign: 'center' }
} as const
