import { z } from 'zod';

/**
 * The one IPC contract between the desktop shell and the renderer (Actual Budget's pattern,
 * with runtime validation added): every channel names its request and response schema, the
 * main process parses both, and the preload exposes one function per channel.
 */

const BACKUP_FILE_NAME = /^[A-Za-z0-9_-]{1,100}__\d{8}T\d{6}Z\.ghbackup\.json$/;
export const backupFileNameSchema = z
  .string()
  .regex(BACKUP_FILE_NAME, 'Not the name of a Good Help Map backup file');

const backupInfoSchema = z.object({
  fileName: backupFileNameSchema,
  mapId: z.string(),
  mapName: z.string(),
  savedAt: z.iso.datetime(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** The largest page of an ORUK feed the desktop shell will hand the page: 10 MB. */
export const FEED_PAGE_MAX_CHARS = 10 * 1024 * 1024;

/** The largest file the desktop shell will read or write for the page: 100 MB. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'Expected the bytes of a file');
const fileContentsSchema = z.union([
  z.string().max(MAX_FILE_BYTES, 'The file is larger than 100 MB'),
  bytesSchema.refine((b) => b.byteLength <= MAX_FILE_BYTES, 'The file is larger than 100 MB'),
]);
const openedFileSchema = z.object({ name: z.string().min(1).max(260), bytes: bytesSchema });
export type OpenedFile = z.infer<typeof openedFileSchema>;
const recentFileSchema = z.object({ path: z.string().min(1).max(4096), name: z.string(), openedAt: z.iso.datetime() });
export type RecentFile = z.infer<typeof recentFileSchema>;

export const IPC_CONTRACT = {
  'backup:write': {
    request: z.object({
      mapId: z.string().min(1).max(100),
      mapName: z.string().max(200),
      snapshotJson: z.string().min(2).max(200 * 1024 * 1024),
    }),
    response: z.object({ fileName: backupFileNameSchema }),
  },
  'backup:list': {
    request: z.object({ mapId: z.string().min(1).max(100).optional() }),
    response: z.object({ backups: z.array(backupInfoSchema) }),
  },
  'backup:read': {
    request: z.object({ fileName: backupFileNameSchema }),
    response: z.object({ snapshotJson: z.string() }),
  },
  'shell:openExternal': {
    request: z.object({ url: z.string().max(2048) }),
    response: z.object({ opened: z.boolean() }),
  },
  'app:info': {
    request: z.object({}),
    response: z.object({
      version: z.string(),
      platform: z.string(),
      dataFolder: z.string(),
      backupFolder: z.string(),
    }),
  },
  'file:save': {
    request: z.object({
      suggestedName: z.string().min(1).max(200),
      mimeType: z.string().max(200),
      contents: fileContentsSchema,
    }),
    response: z.object({ outcome: z.enum(['saved', 'cancelled']) }),
  },
  'file:open': {
    request: z.object({ purpose: z.enum(['map', 'spreadsheet']) }),
    /** Empty when the user cancelled the dialog. */
    response: z.object({ files: z.array(openedFileSchema).max(20) }),
  },
  'file:takeOpened': {
    request: z.object({}),
    /** Files the OS asked us to open (double-click, "Open with"), each handed over once. */
    response: z.object({ files: z.array(openedFileSchema).max(20) }),
  },
  'file:recent': {
    request: z.object({}),
    response: z.object({ recent: z.array(recentFileSchema).max(20) }),
  },
  'file:openRecent': {
    request: z.object({ path: z.string().min(1).max(4096) }),
    response: z.object({ files: z.array(openedFileSchema).max(1) }),
  },
  /** One page of the Open Referral UK feed the user named; main fetches only pages of that feed. */
  'feed:getPage': {
    request: z.object({ feed: z.string().min(1).max(2048), url: z.string().min(1).max(4096) }),
    response: z.object({ status: z.number().int().min(0).max(999), body: z.string().max(FEED_PAGE_MAX_CHARS) }),
  },
  'window:openAudience': {
    request: z.object({}),
    /** `separateDisplay`: it went full screen on a display other than the facilitator's. */
    response: z.object({ separateDisplay: z.boolean() }),
  },
  /** A team server the person chose: named in the policy the app's pages are served with from now on. */
  'sharing:allowServer': {
    request: z.object({ address: z.string().min(1).max(500) }),
    response: z.object({ allowed: z.boolean() }),
  },
} as const;

export type IpcChannel = keyof typeof IPC_CONTRACT;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof IPC_CONTRACT)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof IPC_CONTRACT)[C]['response']>;
export const IPC_CHANNELS = Object.keys(IPC_CONTRACT) as IpcChannel[];

export { MENU_COMMANDS, MENU_COMMAND_CHANNEL, type MenuCommand } from './menuCommands';
import { MENU_COMMANDS } from './menuCommands';
export const menuCommandSchema = z.enum(MENU_COMMANDS);
