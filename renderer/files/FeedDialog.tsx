import { useState } from 'react';
import { checkFeedAddress } from '../../shared/importers/feedAddress';
import { Dialog } from '../components/Dialog';
import { desktopBridge } from '../platform/desktopBridge';
import { useFileService, useFileUi } from './useFileService';

/**
 * Import ▸ From an Open Referral UK feed: the user types the directory's address; nothing
 * connects until they press Read the feed. Then the import dialog shows the pages with
 * progress and Cancel, and the preview before anything changes.
 */
export function FeedDialog() {
  const files = useFileService();
  const dialog = useFileUi((s) => s.dialog);
  const [address, setAddress] = useState(dialog.kind === 'feed' ? dialog.address : '');
  const [touched, setTouched] = useState(false);
  if (dialog.kind !== 'feed') return null;
  const check = checkFeedAddress(address);
  const problem = (touched && !check.ok ? check.problem : null) ?? dialog.error;
  return (
    <Dialog title="Import from an Open Referral UK feed" onClose={() => files.close()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (check.ok) void files.imports.startFeed(address);
        }}
      >
        <p>
          Councils and directories publish their services in the Open Referral UK standard. Give the address of the feed and Good Help Map will read
          its services, organisations and places, and show you what it will add before anything changes.
        </p>
        <label className="field">
          <span className="field__label">Address of the feed</span>
          <input
            type="url"
            inputMode="url"
            autoFocus
            spellCheck={false}
            placeholder="https://directory.example.gov.uk/api"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            onBlur={() => setTouched(address.trim() !== '')}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'feed-address-hint feed-address-error' : 'feed-address-hint'}
          />
        </label>
        <p id="feed-address-hint" className="muted feed-hint">
          The part before <code>/services</code>. Good Help Map connects to this address only, and only now; it sends nothing about your map.
          {!desktopBridge && ' In the browser edition only a feed at this same address can be read; use the desktop app for others.'}
        </p>
        {problem && (
          <p id="feed-address-error" role="alert" className="field__error">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => files.close()}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!address.trim()}>
            Read the feed
          </button>
        </div>
      </form>
    </Dialog>
  );
}
