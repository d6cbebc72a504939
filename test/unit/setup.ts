// Dexie in Node: fake-indexeddb provides a spec-complete IndexedDB.
import 'fake-indexeddb/auto';
