// The application menu: File (Quit), View (reload, zoom, full screen; DevTools in development only) and
// Help (About, with the versions a teacher may be asked for). Labels follow the system language,
// Portuguese or English, like the rest of the app.
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

const LABELS = {
  en: {
    file: 'File',
    view: 'View',
    help: 'Help',
    about: 'About Airi Lab',
    aboutDetail: 'A computer-vision lab: eight lessons, trained for real on our engine, airi.',
    data: 'Data folder',
    ok: 'OK',
  },
  'pt-BR': {
    file: 'Arquivo',
    view: 'Exibir',
    help: 'Ajuda',
    about: 'Sobre o Airi Lab',
    aboutDetail: 'Um laboratório de visão computacional: oito lições, treinadas de verdade no nosso motor, airi.',
    data: 'Pasta de dados',
    ok: 'OK',
  },
} as const;

function labels() {
  return app.getLocale().toLowerCase().startsWith('pt') ? LABELS['pt-BR'] : LABELS.en;
}

export function showAbout(window: BrowserWindow | undefined, dataDirectory: string): void {
  const t = labels();
  const versions = [
    `Airi Lab ${app.getVersion()}`,
    `Electron ${process.versions.electron}`,
    `Chromium ${process.versions.chrome}`,
    `Node.js ${process.versions.node}`,
    `V8 ${process.versions.v8}`,
    `${process.platform} ${process.arch}`,
    `${t.data}: ${dataDirectory}`,
  ].join('\n');
  const options = {
    type: 'info' as const,
    title: t.about,
    message: t.about,
    detail: `${t.aboutDetail}\n\n${versions}`,
    buttons: [t.ok],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export function buildMenu(options: { dataDirectory: string; focusedWindow: () => BrowserWindow | undefined }): Menu {
  const t = labels();
  const isMac = process.platform === 'darwin';
  const development = !app.isPackaged;
  const about: MenuItemConstructorOptions = {
    label: t.about,
    click: () => showAbout(options.focusedWindow(), options.dataDirectory),
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const, submenu: [about, { type: 'separator' as const }, { role: 'quit' as const }] }] : []),
    { label: t.file, submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' }, // copy and paste in text fields (and Cmd+C on macOS) need it
    {
      label: t.view,
      submenu: [
        { role: 'reload' },
        ...(development ? [{ role: 'forceReload' as const }, { role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: t.help, role: 'help', submenu: [about] },
  ];
  return Menu.buildFromTemplate(template);
}
