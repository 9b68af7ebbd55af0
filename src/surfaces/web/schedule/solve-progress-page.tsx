import type { SolveRunView } from '../../../domain/schedule/editor/index.js';
import { CsrfField, Layout, type PageFrame } from '../layout.js';
import { editorScriptPath, schedulePath } from './schedule-paths.js';
import { scheduleStyles } from './schedule-styles.js';

/**
 * A running solve: how far it is and the best found so far. Without scripts the page refreshes
 * itself; with them, the editor's script polls the run's status and goes back to the grid when done.
 */
export function SolveProgressPage(props: { frame: PageFrame; slug: string; run: SolveRunView }) {
  const { frame, slug, run } = props;
  const { t } = frame;
  const elapsed = (run.progress?.elapsedMs ?? 0) / 1000;
  const limit = run.timeLimitMs / 1000;
  return (
    <Layout
      frame={frame} title={t.t('schedule.solving.title')} scripts={[editorScriptPath]}
      head={<><style>{scheduleStyles}</style><noscript><meta http-equiv="refresh" content="2" /></noscript></>}
      mainData={{
        'solve-status': `/api/v1/editions/${slug}/schedule/solve/${run.id}`, 'solve-done': schedulePath(slug, `/solve/${run.id}`),
        'solve-message': t.t('schedule.solving.progress', { elapsed: '{elapsed}', limit: '{limit}', hard: '{hard}', soft: '{soft}' }),
      }}
    >
      <h1>{t.t('schedule.solving.title')}</h1>
      <progress id="solve-progress" max={String(limit)} value={String(Math.min(elapsed, limit))} aria-describedby="solve-status">{`${Math.round(elapsed)} / ${limit} s`}</progress>
      <p id="solve-status" role="status">
        {run.progress
          ? t.t('schedule.solving.progress', { elapsed: elapsed.toFixed(1), limit, hard: run.progress.bestHard, soft: run.progress.bestSoft.toFixed(1) })
          : t.t('schedule.solving.starting')}
      </p>
      <form method="post" action={schedulePath(slug, `/solve/${run.id}/cancel`)}>
        <CsrfField token={frame.csrfToken} />
        <button type="submit" disabled={run.cancelRequested}>{t.t(run.cancelRequested ? 'schedule.solving.stopping' : 'schedule.solving.stop')}</button>
      </form>
      <p class="hint">{t.t('schedule.solving.refreshes')}</p>
      <p><a href={schedulePath(slug)}>{t.t('schedule.solving.back')}</a></p>
    </Layout>
  );
}
