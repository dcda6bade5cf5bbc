import { Link } from 'react-router';
import { InfoIcon } from '../ui/icons';
import { EmptyState } from '../ui/page';

export function NotFoundPage() {
  return (
    <div className="page">
      <EmptyState
        icon={InfoIcon}
        title="Nothing here"
        actions={
          <Link className="btn btn-primary" to="/dashboard">
            Back to the dashboard
          </Link>
        }
      >
        <p>This address does not match any screen in Episodes.</p>
      </EmptyState>
    </div>
  );
}
