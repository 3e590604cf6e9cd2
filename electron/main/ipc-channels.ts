/** The two IPC channels of the bridge; shared by main and preload. */
export const IPC_INVOKE = 'baocao:invoke';
export const IPC_SAVE_FILE = 'baocao:save-file';
export const IPC_PRINT_PDF = 'baocao:print-pdf';
