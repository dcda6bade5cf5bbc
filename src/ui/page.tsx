import type { ComponentType, ReactNode, SVGProps } from 'react';

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle ? <p className="subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}

export function EmptyState({
  icon: Icon,
  title,
  children,
  actions,
  hint,
}: {
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <section className="empty-state" aria-label={title}>
      <div className="empty-icon">
        <Icon />
      </div>
      <h2>{title}</h2>
      {children}
      {actions ? <div className="empty-actions">{actions}</div> : null}
      {hint ? <p className="hint">{hint}</p> : null}
    </section>
  );
}
