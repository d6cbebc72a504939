import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { AUDIENCE_CHANNEL } from '../../shared/workshop/audienceMessages';
import { useController } from '../app/controllerContext';
import { workshopStore } from '../workshop/workshopStore';
import { AudienceBroadcaster } from './audienceBroadcaster';

/** Keeps any audience window in step with this editor. Renders nothing. */
export function AudienceBroadcast() {
  const controller = useController();
  const flow = useStoreApi();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const camera = () => {
      const { transform, width, height } = flow.getState();
      return { viewport: { x: transform[0], y: transform[1], zoom: transform[2] }, size: { width, height } };
    };
    const broadcaster = new AudienceBroadcaster(controller, workshopStore(controller), new BroadcastChannel(AUDIENCE_CHANNEL), camera);
    let seen = flow.getState();
    const stop = flow.subscribe((state) => {
      if (state.transform === seen.transform && state.width === seen.width && state.height === seen.height) return;
      seen = state;
      broadcaster.cameraMoved();
    });
    return () => {
      stop();
      broadcaster.dispose();
    };
  }, [controller, flow]);
  return null;
}
