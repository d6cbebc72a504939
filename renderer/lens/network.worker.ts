import { answerNetworkRequest, networkRequestSchema } from '../../shared/lens/networkProtocol';

/** Works out degree, betweenness and communities off the UI thread (renderer/lens/networkClient.ts). */
self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = networkRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    self.postMessage({ error: 'The network request was not understood.' });
    return;
  }
  self.postMessage(answerNetworkRequest(parsed.data));
};
