import { describe, expect, it } from 'vitest';
import { createDesignerStore, type DesignerStore } from '../designerStore';
import { selectUnsavedChanges, type WritableFile } from '../session/openedFileSlice';
import type { CommandContext, CommandEffects } from './command';
import { commandById, runCommand } from './commandTable';

const BOOKINFO = `apiVersion: v1
kind: Service
metadata:
  name: details # the first workload names nothing
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: details-v1
spec:
  template:
    spec:
      containers:
      - name: details
        image: docker.io/istio/examples-bookinfo-details-v1:1.20.2
`;

interface FakeFile {
  readonly written: string[];
  lastModified: number;
  changeOnDisk(): void;
  readonly writable: WritableFile;
}

/** A file on a fake disk: records what was written; `changeOnDisk` is an edit made by another program. */
function fakeFile(name: string, lastModified = 1000): FakeFile {
  const file: FakeFile = {
    written: [] as string[],
    lastModified,
    changeOnDisk() {
      file.lastModified += 1;
    },
    writable: {
      name,
      lastModified: async () => file.lastModified,
      async write(content: string) {
        file.written.push(content);
        file.lastModified += 1;
        return file.lastModified;
      },
    },
  };
  return file;
}

function effectsFor(options: { canWrite?: boolean; open?: FakeFile; saveTo?: FakeFile | null; answer?: boolean }) {
  const asked: string[] = [];
  const suggested: string[] = [];
  const downloads: { name: string; content: string | Blob }[] = [];
  const effects: CommandEffects = {
    download: (file) => void downloads.push(file),
    copyText: async () => true,
    chooseTextFile: async () =>
      options.open
        ? {
            name: options.open.writable.name,
            text: BOOKINFO,
            lastModified: options.open.lastModified,
            writable: options.open.writable,
          }
        : null,
    canWriteFiles: () => options.canWrite ?? true,
    chooseSaveFile: async (name) => {
      suggested.push(name);
      return options.saveTo?.writable ?? null;
    },
    confirm: async (question) => {
      asked.push(question);
      return options.answer ?? false;
    },
    svgToPng: async (svg) => new Blob([svg]),
    pageAddress: () => 'https://pods.example/',
    focus: () => undefined,
  };
  return { effects, asked, suggested, downloads };
}

const run = (id: string, store: DesignerStore, effects: CommandEffects) =>
  runCommand(commandById(id), { store, effects } satisfies CommandContext);

async function openedBookinfo(disk = fakeFile('bookinfo.yaml')) {
  const store = createDesignerStore();
  await run('file.open', store, effectsFor({ open: disk }).effects);
  return store;
}

const editImage = (store: DesignerStore) =>
  store.getState().editText(store.getState().text.replace('details-v1:1.20.2', 'details-v1:1.20.3'));

describe('Save', () => {
  it('writes the text back to the opened file, byte for byte, and then has no unsaved changes', async () => {
    const disk = fakeFile('bookinfo.yaml');
    const store = await openedBookinfo(disk);
    expect(selectUnsavedChanges(store.getState())).toBe(false);
    editImage(store);
    expect(selectUnsavedChanges(store.getState())).toBe(true);
    expect(await run('file.save', store, effectsFor({}).effects)).toBe('bookinfo.yaml');
    expect(disk.written).toEqual([BOOKINFO.replace('1.20.2', '1.20.3')]);
    expect(selectUnsavedChanges(store.getState())).toBe(false);
  });

  it('asks before replacing a file changed on disk since it was opened, and keeps it when told no', async () => {
    const disk = fakeFile('bookinfo.yaml');
    const store = await openedBookinfo(disk);
    editImage(store);
    disk.changeOnDisk();
    const refusing = effectsFor({ answer: false });
    expect(await run('file.save', store, refusing.effects)).toBeNull();
    expect(refusing.asked).toEqual([expect.stringContaining('bookinfo.yaml was changed on disk')]);
    expect(disk.written).toEqual([]);
    expect(selectUnsavedChanges(store.getState())).toBe(true);

    const agreeing = effectsFor({ answer: true });
    expect(await run('file.save', store, agreeing.effects)).toBe('bookinfo.yaml');
    expect(disk.written).toHaveLength(1);
    // Written by the app, the file's new date is the one the next Save compares with: no question.
    editImage(store);
    const next = effectsFor({});
    await run('file.save', store, next.effects);
    expect(next.asked).toEqual([]);
  });

  it('asks where to save a design that has no file yet (Save As), suggesting the workload’s name', async () => {
    const store = createDesignerStore();
    store.getState().loadText(BOOKINFO, 'Template');
    const target = fakeFile('mine.yaml');
    const saving = effectsFor({ saveTo: target });
    expect(await run('file.save', store, saving.effects)).toBe('mine.yaml');
    expect(saving.suggested).toEqual(['details-v1.yaml']);
    expect(target.written).toEqual([BOOKINFO]);
    expect(store.getState().openedFile?.name).toBe('mine.yaml');
  });

  it('without File System Access says why it cannot write back, and writes nothing', async () => {
    const store = await openedBookinfo();
    editImage(store);
    const firefox = effectsFor({ canWrite: false });
    expect(await run('file.save', store, firefox.effects)).toBeNull();
    expect(store.getState().notice?.text).toMatch(/cannot write to files on disk.*bookinfo\.yaml/);
    expect(firefox.downloads).toEqual([]);
  });

  it('says why when the browser refuses to write, and keeps the unsaved state', async () => {
    const store = await openedBookinfo();
    editImage(store);
    const refusing: WritableFile = {
      name: 'bookinfo.yaml',
      lastModified: async () => 1000,
      write: async () => {
        throw new DOMException('The user did not allow writing.', 'NotAllowedError');
      },
    };
    store.getState().fileSaved({ name: 'bookinfo.yaml', writable: refusing }, store.getState().text, 1000);
    editImage(store);
    store.getState().editText(store.getState().text.replace('1.20.3', '1.20.4'));
    expect(await run('file.save', store, effectsFor({}).effects)).toBeNull();
    expect(store.getState().notice?.text).toMatch(/could not be written \(The user did not allow writing\.\)/);
    expect(selectUnsavedChanges(store.getState())).toBe(true);
  });
});

describe('Save As and Export', () => {
  it('Save As suggests the opened file’s name and moves the design to the new file', async () => {
    const store = await openedBookinfo();
    const copy = fakeFile('bookinfo-copy.yaml');
    const saving = effectsFor({ saveTo: copy });
    expect(await run('file.saveAs', store, saving.effects)).toBe('bookinfo-copy.yaml');
    expect(saving.suggested).toEqual(['bookinfo.yaml']);
    expect(copy.written).toEqual([BOOKINFO]);
    expect(store.getState().openedFile?.name).toBe('bookinfo-copy.yaml');
  });

  it('Save As without File System Access downloads the file under the opened file’s name', async () => {
    const store = await openedBookinfo();
    const firefox = effectsFor({ canWrite: false });
    expect(await run('file.saveAs', store, firefox.effects)).toBe('bookinfo.yaml');
    expect(firefox.downloads).toEqual([{ name: 'bookinfo.yaml', content: BOOKINFO, type: 'application/yaml' }]);
  });

  it('cancelling the save picker writes nothing and changes nothing', async () => {
    const store = await openedBookinfo();
    expect(await run('file.saveAs', store, effectsFor({ saveTo: null }).effects)).toBeNull();
    expect(store.getState().openedFile?.name).toBe('bookinfo.yaml');
  });

  it('Export keeps the opened file’s name; a new design is named after its workload as before', async () => {
    const store = await openedBookinfo();
    const exporting = effectsFor({});
    run('file.exportYaml', store, exporting.effects);
    run('export.json', store, exporting.effects);
    expect(exporting.downloads.map((file) => file.name)).toEqual(['bookinfo.yaml', 'bookinfo.json']);

    // A template is a new design: it belongs to no file.
    store.getState().loadText(BOOKINFO.replace('# the first', '# a template: the first'), 'Open template');
    expect(store.getState().openedFile).toBeNull();
    run('file.exportYaml', store, exporting.effects);
    expect(exporting.downloads.at(-1)?.name).toBe('details-v1.yaml');
  });
});
