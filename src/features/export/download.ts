/** Saves `content` as a file named `fileName`, made in the page (a Blob): nothing leaves the machine. */
export function download(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; free ours on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
