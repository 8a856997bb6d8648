import { html } from 'lit-html';
import type { App } from '../app/app';
import { MAX_NAME_LENGTH, normaliseName, resultFile } from '../rules/result-code';
import type { EventDetailView } from '../views/event-detail';
import type { ResultsView } from '../views/results';
import { sourceView } from '../views/source';
import { copyText } from './clipboard';
import type { Dialogs } from './dialog';
import { downloadText } from './download';
import type { QuizPageActions } from './screens/quiz';
import { eventDetail, sourceScreen } from './screens/reading';
import type { ResultsActions } from './screens/results';
import type { TitleActions } from './screens/title';

/**
 * What the screens' buttons do when it takes a dialog: every one goes through Dialogs, so each
 * claims input from the canvas while open and a tap lands exactly once.
 */
export class RoundDialogs {
  constructor(
    private readonly app: App,
    private readonly dialogs: Dialogs,
    private readonly announce: (message: string) => void,
  ) {}

  titleActions(): TitleActions {
    const app = this.app;
    return {
      play: () => void this.startFresh(() => app.play()),
      daily: () => void this.startFresh(() => app.playDaily()),
      resume: () => this.report(app.resume()),
      discard: () => void this.discard(),
      startInvite: () => void this.startInvite(),
      dismissInvite: () => app.dismissInvite(),
      choosePack: (id) => app.choosePack(id),
      chooseSet: (id) => app.chooseMenu({ setId: id }),
      chooseLength: (n) => app.chooseMenu({ questionCount: n }),
      chooseMode: (mode) => app.chooseMenu({ mode }),
      open: (screen) => app.open(screen),
      enterCode: () => void this.enterCode(),
      teachers: () => window.location.assign('./teacher.html'),
    };
  }

  quizActions(): QuizPageActions {
    return { source: () => void this.source(), report: () => void this.reportProblem() };
  }

  resultsActions(view: ResultsView): ResultsActions {
    const app = this.app;
    return {
      act: (id) => {
        if (id === 'menu') app.toMenu();
        else this.report(id === 'again' ? app.again() : app.newRound());
      },
      copy: (text, what) => void this.copy(text, what),
      download: () => {
        if (!view.handIn) return;
        const file = resultFile(this.app.playerName, view.handIn.code);
        downloadText(file.fileName, file.text);
        this.announce(`Saved as ${file.fileName}.`);
      },
      showCode: () => void this.showCode(view),
      share: () => void this.share(view),
    };
  }

  /** A problem starting something becomes a message the player reads; nothing is lost. */
  private report(problem: string | null): void {
    if (problem)
      void this.dialogs.open({
        name: 'problem',
        title: 'That did not work',
        body: problem,
        actions: [{ id: 'ok', label: 'OK', variant: 'primary' }],
      });
  }

  /** Starting a new round sets a saved one aside: ask first. */
  private async startFresh(start: () => string | null): Promise<void> {
    const saved = this.app.savedRound;
    if (saved) {
      const shared = saved.origin.kind === 'shared';
      const { action } = await this.dialogs.open({
        name: 'replace-saved',
        title: 'Start a new round?',
        body: shared
          ? 'Your teacher’s round is saved and not finished. Starting another round counts it as left unfinished.'
          : 'You have a round saved. Starting a new one sets it aside.',
        actions: [
          { id: 'cancel', label: 'Keep my saved round' },
          { id: 'start', label: 'Start a new round', variant: 'primary' },
        ],
      });
      if (action !== 'start') return;
    }
    this.report(start());
  }

  private async discard(): Promise<void> {
    const saved = this.app.savedRound;
    if (!saved) return;
    const shared = saved.origin.kind === 'shared';
    const { action } = await this.dialogs.open({
      name: 'discard',
      title: shared ? 'Leave your teacher’s round?' : 'Discard your saved round?',
      body: shared
        ? 'It will count as started and left unfinished. You can start it again from your teacher’s link or code.'
        : 'Your progress in it will be gone.',
      actions: [
        { id: 'keep', label: 'Keep it' },
        { id: 'discard', label: shared ? 'Leave it' : 'Discard', variant: 'danger' },
      ],
    });
    if (action === 'discard') this.app.discardSaved();
  }

  private async startInvite(): Promise<void> {
    const invite = this.app.invite;
    if (!invite) return;
    if (invite.kind !== 'shared') return this.startFresh(() => this.app.playInvite());
    const { action, value } = await this.dialogs.open({
      name: 'name',
      title: 'What is your name?',
      body: 'Your teacher sees it next to your result. It stays on this device.',
      input: {
        label: 'Your name',
        value: this.app.playerName,
        maxLength: MAX_NAME_LENGTH,
        autocomplete: 'name',
        submitId: 'start',
        validate: (text) => (normaliseName(text) === '' ? 'Please type your name.' : null),
      },
      actions: [
        { id: 'cancel', label: 'Cancel' },
        { id: 'start', label: 'Start', variant: 'primary' },
      ],
    });
    if (action !== 'start') return;
    const name = normaliseName(value);
    await this.startFresh(() => this.app.playInvite(name));
  }

  private async enterCode(): Promise<void> {
    const { action } = await this.dialogs.open({
      name: 'code',
      title: 'Enter a round code',
      body: 'Type the code your teacher gave you, like NL-7K3Q-… Capitals, spaces and dashes do not matter.',
      input: {
        label: 'Round code',
        maxLength: 80,
        submitId: 'open',
        validate: (text) => this.app.openRoundCode(text),
      },
      actions: [
        { id: 'cancel', label: 'Cancel' },
        { id: 'open', label: 'Open the round', variant: 'primary' },
      ],
    });
    // The code is open as the menu's invite; going straight on saves the student a tap.
    if (action === 'open') await this.startInvite();
  }

  /** Leaving mid-round: the round stays saved, so nothing is lost either way. */
  async leave(): Promise<void> {
    const { action } = await this.dialogs.open({
      name: 'leave',
      title: 'Leave this round?',
      body: 'It stays saved: you can resume it from the menu.',
      actions: [
        { id: 'stay', label: 'Keep playing', variant: 'primary' },
        { id: 'leave', label: 'Leave' },
      ],
    });
    if (action === 'leave') this.app.toMenu();
  }

  async eventDetail(view: EventDetailView, language: string): Promise<void> {
    await this.dialogs.open({
      name: 'how-we-know',
      title: view.heading,
      body: eventDetail(view, language),
      actions: [{ id: 'close', label: 'Close', variant: 'primary' }],
      wide: true,
    });
  }

  private async source(): Promise<void> {
    const pack = this.app.roundPack;
    await this.dialogs.open({
      name: 'source',
      title: 'The source',
      body: sourceScreen(sourceView(pack)),
      actions: [{ id: 'close', label: 'Back to the question', variant: 'primary' }],
      wide: true,
    });
  }

  private async reportProblem(): Promise<void> {
    const session = this.app.session;
    const planned = session?.currentQuestion;
    const answer = session?.currentAnswer;
    if (!session || !planned) return;
    const text =
      `Newsline report: pack ${session.plan.packId} ${session.plan.packVersion}, question ${planned.question.id} ` +
      `(“${planned.question.prompt}”), answered “${answer?.given ?? 'no answer'}”. What looks wrong: `;
    const { action } = await this.dialogs.open({
      name: 'report',
      title: 'This looks wrong?',
      body: html`<p>
          Newsline sends nothing anywhere. Copy this, add what looks wrong, and give it to your teacher or
          whoever runs this site.
        </p>
        <p class="code code--small" data-report>${text}</p>`,
      actions: [
        { id: 'close', label: 'Close' },
        { id: 'copy', label: 'Copy', variant: 'primary' },
      ],
      wide: true,
    });
    if (action === 'copy') await this.copy(text, 'Report');
  }

  private async showCode(view: ResultsView): Promise<void> {
    if (!view.handIn) return;
    await this.dialogs.open({
      name: 'show-code',
      title: view.handIn.name,
      body: html`<p class="code code--big">${view.handIn.code}</p>`,
      actions: [{ id: 'close', label: 'Close', variant: 'primary' }],
      wide: true,
    });
  }

  private async share(view: ResultsView): Promise<void> {
    if (!view.share) return;
    const nav = navigator as Navigator & { share?: (data: { text: string }) => Promise<void> };
    if (nav.share) {
      try {
        await nav.share({ text: view.share.text });
        return;
      } catch {
        // Cancelled or refused: copying is the fallback.
      }
    }
    await this.copy(view.share.text, 'Share card');
  }

  private async copy(text: string, what: string): Promise<void> {
    if (await copyText(text)) {
      this.announce(`${what} copied.`);
      return;
    }
    await this.dialogs.open({
      name: 'copy-by-hand',
      title: `Copy the ${what.toLowerCase()}`,
      body: html`<p>This browser would not copy it for us. Select the text below and copy it.</p>
        <p class="code code--small" data-copy-by-hand>${text}</p>`,
      actions: [{ id: 'close', label: 'Done', variant: 'primary' }],
      wide: true,
    });
  }
}
