import { format, getISOWeek } from 'date-fns';
import { Link } from 'react-router';
import { DashboardIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';

export function DashboardPage() {
  const today = new Date();
  return (
    <div className="page">
      <PageHeader title="This week" subtitle={`Week ${getISOWeek(today)} · ${format(today, 'EEEE d MMMM yyyy')}`} />
      <EmptyState
        icon={DashboardIcon}
        title="Your week starts here"
        actions={
          <>
            <Link className="btn btn-primary" to="/journal">
              Go to the journal
            </Link>
            <Link className="btn" to="/certifications">
              Track a certification
            </Link>
          </>
        }
        hint="Tip: Ctrl+1 to Ctrl+5 jump between sections."
      >
        <p>
          The dashboard gathers everything for the week in one place once you have something to show: this week&apos;s
          episode, your writing streak, each certification&apos;s pace and forecast, practice cards due, and your recent
          calculations.
        </p>
      </EmptyState>
    </div>
  );
}
