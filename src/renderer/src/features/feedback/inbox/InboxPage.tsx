import { Button, Group, Paper, Text } from '@mantine/core'
import { formatCount } from '@shared/format/money'
import { IconFileImport, IconMessages, IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { hasAnyFeedback } from '../../../db/feedback'
import { listThemes } from '../../../db/themes'
import { PageHeader } from '../../../ui/PageHeader'
import { TeachingEmptyState } from '../../../ui/TeachingEmptyState'
import { DetailPanel } from '../detail/DetailPanel'
import { openFeedbackEditor } from '../FeedbackForm'
import { FeedbackTabs } from '../FeedbackTabs'
import { importFeedbackFile } from '../importFeedbackFile'
import { useSuggestionModel } from '../themes/useSuggestionModel'
import { BulkBar } from './BulkBar'
import { ColumnsPanel } from './ColumnsPanel'
import { resolveColumns } from './inboxColumns'
import { InboxFilters } from './InboxFilters'
import { InboxSearch } from './InboxSearch'
import { InboxSummary } from './InboxSummary'
import { InboxTable } from './InboxTable'
import { inboxUiActions, useInboxUi } from './inboxUiStore'
import { LinkPanel } from './LinkPanel'
import { SaveViewPanel } from './SaveViewPanel'
import { StatusTabs } from './StatusTabs'
import { TagPanel } from './TagPanel'
import { useFeedbackSearch, useSearchIndexSync } from './useFeedbackSearch'
import { useInboxCount, useInboxRows } from './useInboxRows'
import { useInboxKeys } from './useInboxKeys'
import { useSavedView } from './useSavedView'
import { SavedViewHeader } from './SavedViewHeader'

const description = 'What customers ask for, from every channel, grouped into themes and ranked by reach and revenue.'

function actions() {
  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openFeedbackEditor()}>
        New feedback
      </Button>
      <Button leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => void importFeedbackFile()}>
        Import CSV
      </Button>
    </Group>
  )
}

/** The inbox: every row, filtered, sorted and triaged from the keyboard, with the open row's detail beside it. */
export function InboxPage({ viewId }: { viewId?: string }) {
  const anyFeedback = useLiveQuery(hasAnyFeedback, [])
  useSavedView(viewId)
  if (anyFeedback === false) {
    return (
      <>
        <PageHeader title="Feedback" description={description} />
        <TeachingEmptyState
          icon={<IconMessages size={28} />}
          title="Hear every customer in one place"
          description="Import the CSV exports of your support desk, app stores, surveys and CRM — or drop a file anywhere on the window. Then group feedback into themes to see which requests matter most."
          actions={actions()}
        />
      </>
    )
  }
  return <Inbox viewId={viewId} />
}

function Inbox({ viewId }: { viewId?: string }) {
  const { filter, sort, columns, activeId, selection, allMatching, panel } = useInboxUi(
    useShallow((state) => ({ filter: state.filter, sort: state.sort, columns: state.columns, activeId: state.activeId, selection: state.selection, allMatching: state.allMatching, panel: state.panel }))
  )
  const [filtersOpen, setFiltersOpen] = useState(false)
  const search = useFeedbackSearch(filter.text)
  const searching = search.state === 'searching'
  const { rows, hasMore, loading, loadMore } = useInboxRows(filter, sort, search.hits, searching)
  // Counts, the search index's catch-up and the suggestion model each read the database at length;
  // they start once the first rows are on screen, so the rows never queue behind them.
  const [firstRowsShown, setFirstRowsShown] = useState(false)
  if (!firstRowsShown && !loading) setFirstRowsShown(true)
  const total = useInboxCount(filter, search.hits, searching || !firstRowsShown)
  useSearchIndexSync(firstRowsShown)
  const themes = useLiveQuery(() => listThemes(), [])
  const themeNames = useMemo(() => new Map((themes ?? []).map((theme) => [theme.id, theme.name])), [themes])
  const model = useSuggestionModel(firstRowsShown)
  useInboxKeys({ rows, textHits: search.hits, model })
  const context = useMemo(() => ({ now: new Date(), themeNames }), [themeNames])
  const resolved = useMemo(() => resolveColumns(columns), [columns])
  const bulk = selection.size > 0 || allMatching
  const targetLabel = allMatching ? 'every matching item' : selection.size > 0 ? `${selection.size} selected ${selection.size === 1 ? 'item' : 'items'}` : 'this item'

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: 'calc(100dvh - 56px - 2 * var(--mantine-spacing-lg))', minHeight: 480 }}>
      <PageHeader title="Feedback" description={description} action={actions()} />
      <FeedbackTabs active="inbox" />
      {viewId && <SavedViewHeader viewId={viewId} />}
      <Group gap="sm" mb="xs" wrap="wrap">
        <InboxSearch />
        <StatusTabs counted={firstRowsShown} />
      </Group>
      <InboxSummary total={total} themeNames={themeNames} textHits={search.hits} filtersOpen={filtersOpen} onToggleFilters={() => setFiltersOpen((open) => !open)} />
      {search.state === 'building' && search.progress && search.progress.total > 0 && (
        <Text size="xs" c="dimmed" mb="xs">
          Building the search index ({formatCount(search.progress.indexed)} of {formatCount(search.progress.total)}): until it is ready, the search reads every row.
        </Text>
      )}
      {filtersOpen && <InboxFilters />}
      {bulk && <BulkBar total={total} textHits={search.hits} />}
      {panel === 'tag' && <TagPanel textHits={search.hits} targetLabel={targetLabel} />}
      {panel === 'link' && <LinkPanel textHits={search.hits} targetLabel={targetLabel} />}
      {panel === 'columns' && <ColumnsPanel />}
      {panel === 'save-view' && <SaveViewPanel themeNames={themeNames} />}
      <div style={{ display: 'flex', gap: 'var(--mantine-spacing-md)', flex: 1, minHeight: 0 }}>
        <div style={{ flex: 1, minWidth: 0, minHeight: 0 }}>
          <InboxTable
            rows={rows}
            hasMore={hasMore}
            loading={loading}
            onNeedMore={loadMore}
            columns={resolved}
            context={context}
            sort={sort}
            onSort={inboxUiActions.sortBy}
            activeId={activeId}
            selection={selection}
            onActivate={inboxUiActions.activate}
            onToggleSelect={inboxUiActions.toggleSelected}
            total={total}
          />
        </div>
        {activeId && (
          <Paper withBorder radius="md" p="md" w={420} style={{ flex: '0 0 420px', minHeight: 0, display: 'flex', flexDirection: 'column' }}>
            <DetailPanel id={activeId} searchText={filter.text} model={model} onClose={() => inboxUiActions.activate(undefined)} />
          </Paper>
        )}
      </div>
    </div>
  )
}
