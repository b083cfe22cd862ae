import { PARSE_LIMITS } from '../../store/limits';

/** Reads a dropped or opened file as text, refusing files too large to be a manifest. */
export async function readTextFile(file: File, onError: (message: string) => void): Promise<string | null> {
  if (file.size > PARSE_LIMITS.maxCharacters) {
    onError(
      `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; Pod Designer opens manifests of up to 3 MB.`,
    );
    return null;
  }
  try {
    return await file.text();
  } catch {
    onError(`Could not read "${file.name}".`);
    return null;
  }
}
