import { useState } from 'react';
import { MenuButton, MenuItem } from '../components/MenuButton';
import { MilestonesDialog } from './MilestonesDialog';
import { StrengthsDialog } from './StrengthsDialog';

/** The toolbar's "Good Help" button: the movement's milestones and the borough's strengths. */
export function GoodHelpMenu() {
  const [open, setOpen] = useState<'none' | 'milestones' | 'strengths'>('none');
  return (
    <>
      <MenuButton label="Good Help" menuLabel="Good Help" title="Good Help: milestones and strengths">
        <MenuItem onSelect={() => setOpen('milestones')}>Milestones…</MenuItem>
        <MenuItem onSelect={() => setOpen('strengths')}>Strengths…</MenuItem>
      </MenuButton>
      {open === 'milestones' && <MilestonesDialog onClose={() => setOpen('none')} />}
      {open === 'strengths' && <StrengthsDialog onClose={() => setOpen('none')} />}
    </>
  );
}
