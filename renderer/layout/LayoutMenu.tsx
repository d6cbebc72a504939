import { useAppState } from '../app/controllerContext';
import { nodeCounts } from '../state/nodeCounts';
import { MenuButton, MenuGroup, MenuItem, MenuNote } from '../components/MenuButton';
import type { LayoutCommand } from './layoutAppCommands';
import { useLayoutService, useLayoutState } from './useLayoutState';
import './layout.css';

/** The toolbar's Layout menu: tidy, group, focus, remove overlaps, and the pins layouts respect. */
export function LayoutMenu({ commands }: { commands: Record<LayoutCommand, () => void> }) {
  const service = useLayoutService();
  const running = useLayoutState((s) => s.running !== null);
  const groupsShown = useLayoutState((s) => s.groups !== null);
  const pinnedCount = useAppState((s) => (s.doc ? nodeCounts(s.doc.nodes).pinned : 0));
  const oneSelected = useAppState((s) => s.selection.nodeIds.length === 1);
  return (
    <MenuButton label="Layout" menuLabel="Layout" disabled={running} title={running ? 'A layout is running: stop it first' : 'Arrange the map'}>
      <MenuItem onSelect={commands['layout:tidy']}>Tidy the whole map</MenuItem>
      <MenuGroup heading="Group by…">
        <MenuItem name="Group by area" onSelect={commands['layout:groupByArea']}>Area</MenuItem>
        <MenuItem name="Group by kind" onSelect={commands['layout:groupByKind']}>Kind</MenuItem>
        <MenuItem name="Group by organisation" onSelect={commands['layout:groupByOrganisation']}>Organisation</MenuItem>
        <MenuItem name="Group by tag" onSelect={commands['layout:groupByTag']}>Tag</MenuItem>
        <MenuItem name="Group by community" onSelect={commands['layout:groupByCommunity']}>Community (who is linked to whom)</MenuItem>
      </MenuGroup>
      <MenuGroup heading="Focus on the selected node">
        <MenuItem name="Focus on the selected node: one step" disabled={!oneSelected} onSelect={commands['layout:focusOneStep']}>
          Its direct links
        </MenuItem>
        <MenuItem name="Focus on the selected node: two steps" disabled={!oneSelected} onSelect={commands['layout:focusTwoSteps']}>
          Two steps out
        </MenuItem>
        {!oneSelected && <MenuNote>Select one node on the map first.</MenuNote>}
      </MenuGroup>
      <MenuGroup>
        <MenuItem onSelect={commands['layout:removeOverlaps']}>Remove overlaps</MenuItem>
        <MenuItem name="Unpin all" disabled={pinnedCount === 0} onSelect={commands['layout:unpinAll']}>
          {pinnedCount ? `Unpin all (${pinnedCount} pinned)` : 'Unpin all'}
        </MenuItem>
        {groupsShown && <MenuItem onSelect={() => service.hideGroupLabels()}>Hide group labels</MenuItem>}
      </MenuGroup>
      <MenuNote>
        {pinnedCount
          ? `${pinnedCount} pinned node${pinnedCount === 1 ? ' stays' : 's stay'} where you put ${pinnedCount === 1 ? 'it' : 'them'}. `
          : 'Dragging a node pins it, so layouts leave it where you put it. '}
        Ctrl+Z undoes a layout.
      </MenuNote>
    </MenuButton>
  );
}
