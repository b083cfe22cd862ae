import {
  Download,
  FilePlus2,
  FolderOpen,
  GraduationCap,
  LayoutTemplate,
  PanelLeft,
  PanelRight,
  Presentation,
  Redo2,
  Save,
  Search,
  Share2,
  SquareCode,
  Undo2,
} from 'lucide-react';
import { CommandButton } from '../commands/CommandButton';
import { commandTitle, useCommandView, useRunCommand } from '../commands/CommandRunner';
import { LazyExportMenu } from '../export/LazyExportMenu';
import './toolbar.css';

/**
 * One row at the top: the product name, then the file, edit, view and share groups, and the
 * command palette. Every button is an entry of the command table (its tooltip names its shortcut).
 * What is designed (the workload and its kind) is chosen on the canvas, so the row never grows
 * with the file.
 */
export function Toolbar() {
  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={22} height={22} />
        <h1>Pod Designer</h1>
      </div>
      <div className="toolbar__controls" role="toolbar" aria-label="Pod Designer">
        <fieldset className="toolbar__group">
          <legend className="visually-hidden">File</legend>
          <CommandButton id="file.new" icon={FilePlus2} />
          <CommandButton id="learn.templates" icon={LayoutTemplate} label="Templates" />
          <CommandButton id="file.open" icon={FolderOpen} label="Open" />
          <CommandButton id="file.save" icon={Save} className="toolbar__primary" />
          <CommandButton id="file.exportYaml" icon={Download} />
          <LazyExportMenu />
        </fieldset>
        <fieldset className="toolbar__group">
          <legend className="visually-hidden">Edit</legend>
          <CommandButton id="edit.undo" icon={Undo2} iconOnly />
          <CommandButton id="edit.redo" icon={Redo2} iconOnly />
        </fieldset>
        <fieldset className="toolbar__group">
          <legend className="visually-hidden">View</legend>
          <CommandButton id="view.palette" icon={PanelLeft} iconOnly />
          <CommandButton id="view.inspector" icon={PanelRight} iconOnly />
          <CommandButton id="view.yaml" icon={SquareCode} iconOnly />
          <CommandButton id="view.presenter" icon={Presentation} shortLabel="Present" className="toolbar__present" />
        </fieldset>
        <fieldset className="toolbar__group">
          <legend className="visually-hidden">Share</legend>
          <CommandButton id="share.copyLink" icon={Share2} shortLabel="Share" />
          <CommandButton id="learn.exercises" icon={GraduationCap} label="Exercises" />
        </fieldset>
      </div>
      <CommandPaletteButton />
    </header>
  );
}

/** Opens the command palette; shows its shortcut, so people learn it. */
function CommandPaletteButton() {
  const view = useCommandView('view.commandPalette');
  const run = useRunCommand();
  return (
    <button
      type="button"
      className="toolbar__commands"
      onClick={() => run('view.commandPalette')}
      aria-label="Command palette"
      title={commandTitle(view)}
    >
      <Search aria-hidden="true" size={16} />
      {view.shortcut && <kbd>{view.shortcut}</kbd>}
    </button>
  );
}
