import { allProgress, mapCounts, type MilestoneEdit } from '../../shared/goodHelp';
import { MILESTONE_IDS } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';
import { commitEdit } from '../details/commitField';
import { todayIso } from '../details/lastCheckedText';
import { MilestoneCard } from './MilestoneCard';
import './goodHelp.css';

/** The movement's milestones: targets from the seeds, counted from the map or entered by hand. */
export function MilestonesDialog({ onClose }: { onClose: () => void }) {
  const controller = useController();
  const doc = useAppState((s) => s.doc);
  if (!doc) return null;
  const today = todayIso();
  const counts = mapCounts(doc);
  const progress = allProgress(doc.meta.milestones, counts, today);
  const edit = (e: MilestoneEdit) => commitEdit(controller, { type: 'editMilestones', args: { edit: e } });
  const fromMap = MILESTONE_IDS.filter((id) => doc.meta.milestones[id].countFrom === 'map');
  return (
    <Dialog title="Good Help milestones" onClose={onClose} wide>
      <p className="field__hint milestones__intro">
        Steps towards a lasting Good Help culture. Counts from the map follow it as it changes; record them now and then to see progress over time.
      </p>
      <div className="milestones__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={fromMap.length === 0}
          onClick={() => {
            const problem = edit({ type: 'recordCounts', date: today, counts: Object.fromEntries(fromMap.map((id) => [id, counts[id]])) });
            if (!problem) controller.notify('info', "Today's figures are recorded.");
          }}
        >
          Record today’s figures from the map
        </button>
      </div>
      <div className="milestones">
        {progress.map((p) => (
          <MilestoneCard key={`${p.id}:${p.target}`} progress={p} milestone={doc.meta.milestones[p.id]} mapCount={counts[p.id]} today={today} onEdit={edit} />
        ))}
      </div>
    </Dialog>
  );
}
