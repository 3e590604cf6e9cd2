/**
 * The Electron shell: one window, one instance, no network, and the core behind IPC.
 * Everything the app does goes through the same core as browser mode.
 */
import { app, BrowserWindow, dialog, ipcMain, session, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '#shared/contract/errors';
import { portableDataDir, resolveDataDir } from '../core/data-dir';
import { openCoreThread, useBundledCoreThread, type ThreadCore } from '../core/host/open-core-thread';
import { fileLogger } from '../core/log/log-file';
import { useBundledWorker } from '../core/worker/run-in-worker';
import { useNativeBinding } from '../core/db/sqlite';
import { IPC_INVOKE, IPC_PRINT_PDF, IPC_SAVE_FILE } from './ipc-channels';
import { withPdfProperties } from '../core/export/pdf-properties';
import { isAllowedRequest, isAppUrl, SECURE_WEB_PREFERENCES } from './security-policy';
import { NOT_OUR_PAGE, saveFileAs, savePdfAs, type FileHandlerDeps } from './file-handlers';

const rendererDir = join(__dirname, '..', 'renderer');
const indexHtml = join(rendererDir, 'index.html');
const indexUrl = pathToFileURL(indexHtml).toString();

let core: ThreadCore | null = null;
let mainWindow: BrowserWindow | null = null;

function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return isAppUrl(url, indexUrl);
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Soạn Báo Cáo',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, 'preload.cjs') },
  });
  mainWindow.removeMenu();
  mainWindow.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, indexUrl)) event.preventDefault();
  });
  mainWindow.webContents.on('will-redirect', (event) => event.preventDefault());
  mainWindow.webContents.on('will-attach-webview', (event) => event.preventDefault());
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadFile(indexHtml);
}

function installGuards(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, rendererDir) }));
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, indexUrl)) event.preventDefault();
    });
  });
}

function registerIpc(activeCore: ThreadCore): void {
  ipcMain.handle(IPC_INVOKE, (event, method: unknown, args: unknown) => (fromOurPage(event) ? activeCore.dispatch(method, args) : NOT_OUR_PAGE));
  ipcMain.handle(IPC_SAVE_FILE, (event, fileName: unknown, base64: unknown) => {
    const window = mainWindow;
    if (!fromOurPage(event) || !window) return NOT_OUR_PAGE;
    return saveFileAs(fileDeps(window), fileName, base64);
  });
  /*
   * "Xuất PDF": the window's own print of the report's A4 pages (the preview step's print styles),
   * A4 set explicitly (Windows has produced Letter pages otherwise), margins from the pages' CSS,
   * then the document's properties, then a save dialog.
   */
  ipcMain.handle(IPC_PRINT_PDF, (event, fileName: unknown, properties: unknown) => {
    const window = mainWindow;
    if (!fromOurPage(event) || !window) return NOT_OUR_PAGE;
    return savePdfAs(
      {
        ...fileDeps(window),
        print: () => window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: { marginType: 'none' } }),
        withProperties: (bytes, props) => withPdfProperties(bytes, props, new Date()),
      },
      fileName,
      properties,
    );
  });
}

/** Electron's dialog and the disk, for the plain handlers of file-handlers.ts. */
function fileDeps(window: BrowserWindow): FileHandlerDeps {
  return {
    showSaveDialog: (options) => dialog.showSaveDialog(window, options),
    documentsDir: app.getPath('documents'),
    writeFile: (path, bytes) => writeFile(path, bytes),
  };
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.enableSandbox();
  void app.whenReady().then(async () => {
    installGuards();
    // A portable copy (marker file beside the .exe) keeps its data beside it; BAOCAO_DATA_DIR wins over both.
    const dataDir = resolveDataDir(portableDataDir(dirname(process.execPath)) ?? app.getPath('userData'));
    // `npm start` names the better-sqlite3 build made for Electron; a packaged app has its own in node_modules.
    if (!app.isPackaged) useNativeBinding(process.env.BAOCAO_NATIVE_BINDING);
    // Packaged: the worker is unpacked beside app.asar (see electron-builder.yml asarUnpack).
    const unpacked = (file: string) => join(__dirname, file).replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
    useBundledWorker(unpacked('core-worker.cjs'));
    // The core runs on its own thread: this process only handles the window and its messages.
    useBundledCoreThread(unpacked('core-thread.cjs'));
    try {
      core = await openCoreThread(dataDir, 'desktop', fileLogger(dataDir, 'app'));
    } catch (error) {
      const message = error instanceof AppError ? error.message : String(error);
      dialog.showErrorBox('Soạn Báo Cáo không mở được dữ liệu', message);
      app.quit();
      return;
    }
    registerIpc(core);
    createWindow();
  });
  app.on('window-all-closed', () => {
    // The data file is closed (and its last writes checkpointed) before the process ends.
    void (core?.close() ?? Promise.resolve()).finally(() => app.quit());
  });
}
