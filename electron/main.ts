// Lifecycle: one instance, one hardened window, the menu, and the IPC handlers.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { JOURNAL_FOLDER_CHANGED_CHANNEL, MENU_COMMAND_CHANNEL, type MenuCommand } from '../src/shared/bridge';
import { appInfo } from './ipc/app-info';
import { openFiles, saveFile } from './ipc/dialogs';
import { registerJournalFolderHandlers } from './ipc/journal-folder';
import { registerSiteFolderHandlers } from './ipc/site-folder';
import { registerHandler } from './ipc/register';
import { JournalFolderController } from './journal-folder/controller';
import { LegacyOrigin } from './legacy-origin';
import { menuTemplate } from './menu';
import { APP_INDEX_URL, APP_SCHEME, appProtocolHandler, registerAppScheme } from './app-protocol';
import { developmentCsp, hardenSession, hardenWebContents, isAppPage, isAppUrl, isSafeExternalUrl, PRODUCTION_CSP } from './security';
import { loadWindowState, saveWindowState, visibleBounds } from './window-state';

const devServerUrl: string | undefined = MAIN_WINDOW_VITE_DEV_SERVER_URL;
const isDev = !app.isPackaged && Boolean(devServerUrl);
const rendererDir = join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`);
const isOwnUrl = (url: string) => isAppUrl(url, { devServerUrl });
const isOwnPage = (url: string) => isAppPage(url, { devServerUrl });

// Before the app is ready: app:// gets a real origin (IndexedDB, workers, fetch) like https.
registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;
let journalFolder: JournalFolderController | null = null;

/** The one place the app hands a link to the system browser, and only an http or https one. */
async function openExternal(url: string): Promise<undefined> {
  if (!isSafeExternalUrl(url)) throw new Error('Only http and https links can be opened.');
  await shell.openExternal(url);
  return undefined;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function createWindow(): void {
  const state = loadWindowState(app.getPath('userData'));
  const bounds = visibleBounds(state, screen.getAllDisplays().map((d) => d.workArea));
  mainWindow = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 500,
    show: false,
    title: 'Episodes',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: isDev,
    },
  });
  if (state?.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // Coming back to the window is when edits made in another editor matter: ask the page to rescan.
  mainWindow.on('focus', () => journalFolder?.notifyFocus());
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const { x, y, width, height } = mainWindow.getNormalBounds();
    saveWindowState(app.getPath('userData'), { x, y, width, height, maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(devServerUrl ?? APP_INDEX_URL);
}

function registerIpc(): void {
  const trusted = isOwnUrl;
  registerHandler(ipcMain, 'appInfo', () => appInfo(app, process.versions, process.platform), trusted);
  registerHandler(ipcMain, 'openFiles', (input) => openFiles(dialog, input), trusted);
  registerHandler(ipcMain, 'saveFile', (input) => saveFile(dialog, input, app.getPath('documents')), trusted);
  registerHandler(ipcMain, 'openExternal', async (input) => openExternal(input.url), trusted);
  const legacy = new LegacyOrigin(app.getPath('userData'), () => new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } }));
  registerHandler(ipcMain, 'legacyData', () => legacy.data(), trusted);
  registerHandler(ipcMain, 'legacyDataDone', async () => void (await legacy.done()), trusted);
  journalFolder = new JournalFolderController({
    userDataDir: app.getPath('userData'),
    documentsDir: app.getPath('documents'),
    send: (change) => mainWindow?.webContents.send(JOURNAL_FOLDER_CHANGED_CHANNEL, change),
  });
  registerJournalFolderHandlers(ipcMain, journalFolder, dialog, trusted);
  registerSiteFolderHandlers(ipcMain, app.getPath('userData'), app.getPath('documents'), dialog, trusted);
  void journalFolder.start();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isOwnPage, (url) => void openExternal(url).catch(() => undefined)));
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, devServerUrl ? developmentCsp(devServerUrl) : PRODUCTION_CSP);
    protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir, PRODUCTION_CSP));
    registerIpc();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate(sendMenuCommand, { isMac: process.platform === 'darwin', appName: app.getName(), isDev })),
    );
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('will-quit', () => journalFolder?.close());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
