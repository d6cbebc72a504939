import { useController } from '../app/controllerContext';
import { Dialog } from '../components/Dialog';

export function AboutDialog() {
  const controller = useController();
  return (
    <Dialog title="About Good Help Map" onClose={() => controller.setDialog('none')}>
      <p>
        Map your local help system — people, organisations, spaces and projects — and find where there is nowhere safe
        for people to ask for help.
      </p>
      <p>
        Your maps stay on this computer. Nothing is sent anywhere unless you choose to save and share a copy.
      </p>
      <p className="muted">Version {import.meta.env.VITE_APP_VERSION ?? 'development'}</p>
    </Dialog>
  );
}
