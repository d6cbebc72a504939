import { useController } from '../app/controllerContext';
import type { EditorController } from '../state/editorController';
import { useStoreSelector } from '../state/store';
import { FileService } from './fileService';
import type { FileUiState } from './fileUiState';

const services = new WeakMap<EditorController, FileService>();

/** The one FileService of a controller, made on first use: both screens share it. */
export function fileServiceFor(controller: EditorController): FileService {
  let service = services.get(controller);
  if (!service) {
    service = new FileService(controller);
    services.set(controller, service);
  }
  return service;
}

export function useFileService(): FileService {
  return fileServiceFor(useController());
}

export function useFileUi<T>(selector: (state: FileUiState) => T): T {
  return useStoreSelector(useFileService().store, selector);
}
