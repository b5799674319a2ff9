/** A file-system failure (permission, full disk, a folder in use) in words for the person running the build, not a stack trace. */
export function describeFileSystemError(cause: unknown): string | undefined {
  const error = cause as NodeJS.ErrnoException;
  if (!error || typeof error.code !== 'string' || !error.syscall) return undefined;
  const dest = (error as { dest?: string }).dest;
  const path = dest ? `${error.path} to ${dest}` : (error.path ?? 'a file');
  const what = error.syscall === 'rename' ? `move ${path}` : `${error.syscall} ${path}`;
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return `The build is not allowed to ${what}. Check that you can write to the folder (it may be read-only, or owned by another user) and that no other program has it open, then run the build again.`;
    case 'ENOSPC':
      return `The disk is full, so the build could not ${what}. Free some space and run the build again.`;
    case 'EBUSY':
    case 'ENOTEMPTY':
      return `The build could not ${what}: the folder is in use (perhaps open in another program, or being served). Close it and run the build again.`;
    case 'EROFS':
      return `The build could not ${what}: the disk is read-only.`;
    default:
      return `The build could not ${what} (${error.code}). Check the folder and run the build again.`;
  }
}
