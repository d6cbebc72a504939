import { DetailsPanel } from '../details/DetailsPanel';
import { ComparePanel } from '../snapshots/ComparePanel';
import { useSessionUi } from '../stickies/sessionUi';
import { VotingPanel } from '../voting/VotingPanel';
import { ParkingLotPanel } from '../workshop/ParkingLotPanel';
import { useWorkshop } from '../workshop/workshopStore';

/**
 * The column beside the map: the session panels (dot voting, a comparison, the parking lot)
 * docked above Details. They take room from Details, not from the map, so nothing floats over
 * the map and Fit map can use the whole pane; in workshop mode, with Details put away, the
 * column is there only while one of them is open, and then it takes its width from the map.
 */
export function SideColumn() {
  const panel = useSessionUi((s) => s.panel);
  const parkingLotOpen = useWorkshop((s) => s.parkingLotOpen);
  return (
    <div className="side-column">
      {panel === 'voting' && <VotingPanel />}
      {panel === 'compare' && <ComparePanel />}
      {parkingLotOpen && <ParkingLotPanel />}
      <DetailsPanel />
    </div>
  );
}
