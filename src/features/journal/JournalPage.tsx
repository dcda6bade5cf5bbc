import { JournalIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';

export function JournalPage() {
  return (
    <div className="page">
      <PageHeader title="Journal" subtitle="One episode a week: what you learned, built and practised." />
      <EmptyState icon={JournalIcon} title="No episodes yet" hint="Episodes are plain markdown, so your words stay yours.">
        <p>Your weekly episodes will live here, grouped by month, searchable as you type. Each episode has sections for:</p>
        <ul>
          <li>Weekly highlights</li>
          <li>Course progress</li>
          <li>Your project log</li>
          <li>Interview prep notes</li>
          <li>The people who inspired you</li>
        </ul>
      </EmptyState>
    </div>
  );
}
