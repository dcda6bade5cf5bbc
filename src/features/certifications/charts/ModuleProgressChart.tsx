// Progress per module as horizontal bars: the modules with the most study first, top N or all.
import { memo, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ModuleProgress } from '../../../domain/progress';
import { moduleBars } from '../chart-data';
import { gridAtTicks } from '../../../ui/chart-grid';
import { plainTick } from '../../../ui/chart-tick';
import { useChartColors } from '../../../ui/use-chart-colors';
import { ChartBox } from '../../../ui/chart-box';

const TOP = 10;
const ROW = 26;

function shorten(title: string): string {
  return title.length > 28 ? `${title.slice(0, 27)}…` : title;
}

/** One line per module: recharts would otherwise wrap long titles into the next row. */
function ModuleTick({ x, y, payload, fill }: { x?: number | string; y?: number | string; payload?: { value?: unknown }; fill: string }) {
  const title = String(payload?.value ?? '');
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fill={fill} fontSize={12}>
      <title>{title}</title>
      {shorten(title)}
    </text>
  );
}

export const ModuleProgressChart = memo(function ModuleProgressChart({ modules }: { modules: ModuleProgress[] }) {
  const colors = useChartColors();
  const [all, setAll] = useState(false);
  const data = useMemo(() => moduleBars(modules, all ? null : TOP), [modules, all]);
  if (modules.length === 0) return <p className="cert-chart-empty">Add modules to see their progress here.</p>;
  const axis = { stroke: colors.faint };
  return (
    <div className="cert-chart" data-testid="module-progress">
      <ChartBox height={data.length * ROW + 40}>
        {(width) => (
          <BarChart width={width} height={data.length * ROW + 40} layout="vertical" data={data} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
            <CartesianGrid {...gridAtTicks} stroke={colors.grid} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tick={plainTick(colors.muted, (v) => `${String(v)}%`)} interval={0} {...axis} />
            <YAxis type="category" dataKey="title" width={200} interval={0} stroke={colors.faint} tick={(props: object) => <ModuleTick {...props} fill={colors.muted} />} />
            <Tooltip
              formatter={(value, _name, item) => {
                const row = item.payload as { hoursLogged: number; estimatedHours: number };
                return [`${String(value)}% · ${row.hoursLogged} h logged of ~${row.estimatedHours} h`, 'Progress'];
              }}
              contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
              cursor={{ fill: colors.grid, opacity: 0.4 }}
            />
            <Bar dataKey="percent" fill={colors.success} radius={[0, 3, 3, 0]} background={{ fill: colors.grid, opacity: 0.35 }} isAnimationActive={false} />
          </BarChart>
        )}
      </ChartBox>
      {modules.length > TOP ? (
        <button type="button" className="btn btn-ghost cert-chart-toggle" onClick={() => setAll((v) => !v)} aria-expanded={all}>
          {all ? `Show top ${TOP}` : `Show all ${modules.length} modules`}
        </button>
      ) : null}
    </div>
  );
});
