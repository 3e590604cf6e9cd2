/**
 * The preload exposes one object, `window.bridge`, with exactly the Bridge contract: invoke a
 * back-end method, or hand bytes to a save dialog. Nothing of Node or Electron leaks through.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '#shared/contract/api';
import { IPC_INVOKE, IPC_PRINT_PDF, IPC_SAVE_FILE } from '../main/ipc-channels';

const bridge: Bridge = {
  invoke: (method, args) => ipcRenderer.invoke(IPC_INVOKE, method, args),
  saveFile: (fileName, base64) => ipcRenderer.invoke(IPC_SAVE_FILE, fileName, base64),
  printPdf: (fileName, properties) => ipcRenderer.invoke(IPC_PRINT_PDF, fileName, properties),
};

contextBridge.exposeInMainWorld('bridge', bridge);
