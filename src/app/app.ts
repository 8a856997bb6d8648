import type { SoundPlayer } from '../audio/sound-player';
import type { Pack } from '../content/schema';
import { RoundClock } from '../rules/clock';
import { dailyRound, localDateKey } from '../rules/daily';
import { planRound, type RoundPlan } from '../rules/plan';
import { newSeed } from '../rules/random';
import { decodeRound } from '../rules/round-code';
import { defaultRound, effectiveTimerSeconds, type RoundConfig } from '../rules/round-config';
import { freshRound } from '../rules/variety';
import { attemptKey, recordAbandoned } from '../state/attempts';
import { RoundSession, type RoundOrigin } from '../state/round-session';
import {
  agoLabel,
  clearSavedRound,
  loadSavedRound,
  saveRound,
  toSavedRound,
  whereLabel,
  type SavedRound,
} from '../state/saved-round';
import {
  loadSavedData,
  NOT_PERSISTENT_NOTICE,
  saveData,
  type MenuChoice,
  type SavedData,
  type Settings,
} from '../state/storage';
import type { BoardAction } from '../views/board';
import { messageView, recoverView, type MessageView } from '../views/message';
import type { ResultsView } from '../views/results';
import { titleView, type TitleView } from '../views/title';
import { BoardController } from './board-controller';
import { finishRound } from './finish-round';
import { readInvite, type Invite } from './invite';
import { QuizController } from './quiz-controller';

export type ScreenName =
  'title' | 'board' | 'quiz' | 'results' | 'source' | 'how-to' | 'settings' | 'message';
export const READING_SCREENS: ReadonlySet<ScreenName> = new Set(['source', 'how-to', 'settings', 'message']);

export interface AppEnvironment {
  packs: readonly Pack[];
  /** Packs left out (failed to load or validate), one line each, for the player and the teacher. */
  packProblems: readonly string[];
  storage: () => Storage;
  sound: SoundPlayer;
  /** Milliseconds, for the round clock. */
  now: () => number;
  /** The date and time, for the daily round and "saved 5 minutes ago". */
  today: () => Date;
  /** `location.search` at start-up. */
  search: string;
  /** The page's address without query, for share links. */
  pageUrl: string;
}

/**
 * The game's state and every action a screen can take, without a DOM or Phaser. Screens read
 * it and call its methods; it tells them when something changed. Data flows one way: packs →
 * round plan → round session → screens → result → storage, codes and share card.
 */
export class App {
  readonly packs: readonly Pack[];
  private data: SavedData;
  private readonly persistent: boolean;
  private readonly noticesWaiting: string[] = [];
  private screenName: ScreenName = 'title';
  private returnTo: ScreenName = 'title';
  private messageValue: MessageView | null = null;
  private sessionValue: RoundSession | null = null;
  private boardValue: BoardController | null = null;
  private quizValue: QuizController | null = null;
  private resultsValue: ResultsView | null = null;
  private saved: SavedRound | null;
  private inviteValue: Invite | null = null;
  private readonly listeners = new Set<() => void>();
  private sessionListener: (() => void) | null = null;
  /** Where the page says things to assistive technology (the live region). */
  announce: (message: string) => void = () => {};
  /** Opens "how we know" for a card (the page's dialog). */
  openCard: (id: string) => void = () => {};

  constructor(private readonly env: AppEnvironment) {
    if (env.packs.length === 0) throw new Error('App needs at least one pack');
    this.packs = env.packs;
    const loaded = loadSavedData(env.storage);
    this.data = loaded.data;
    this.persistent = loaded.persistent;
    if (loaded.notice) this.noticesWaiting.push(loaded.notice);
    this.noticesWaiting.push(...env.packProblems.map((p) => `A content pack was left out: ${p}`));
    const savedRound = loadSavedRound(env.storage);
    this.saved = savedRound.round;
    if (savedRound.notice) this.noticesWaiting.push(savedRound.notice);
    env.sound.setMuted(!this.settings.soundOn);
    env.sound.setVolume(this.settings.volume);
    // A reload on the results screen shows the same results again.
    if (this.saved?.results) this.reopenResults(this.saved);
    const invite = readInvite(env.search, this.packs, env.today());
    if (invite.ok) this.inviteValue = invite.invite;
    else if (invite.problem) this.showMessage(invite.problem.heading, invite.problem.message);
  }

  // -------------------------------------------------------------------------------------------
  // Reading state

  get screen(): ScreenName {
    return this.screenName;
  }

  get session(): RoundSession | null {
    return this.sessionValue;
  }

  get board(): BoardController | null {
    return this.boardValue;
  }

  get quiz(): QuizController | null {
    return this.quizValue;
  }

  get results(): ResultsView | null {
    return this.resultsValue;
  }

  get message(): MessageView | null {
    return this.messageValue;
  }

  get invite(): Invite | null {
    return this.inviteValue;
  }

  get settings(): Readonly<Settings> {
    return this.data.settings;
  }

  get isPersistent(): boolean {
    return this.persistent;
  }

  get sound(): SoundPlayer {
    return this.env.sound;
  }

  get savedRound(): SavedRound | null {
    return this.saved;
  }

  /** The pack on the menu: the player's choice, else the first. */
  get pack(): Pack {
    return this.packs.find((p) => p.id === this.data.packId) ?? this.packs[0]!;
  }

  /** The pack of the round in play (or on the results screen), else the menu's. */
  get roundPack(): Pack {
    const id = this.sessionValue?.plan.packId;
    return this.packs.find((p) => p.id === id) ?? this.pack;
  }

  get menu(): MenuChoice {
    const pack = this.pack;
    const saved = this.data.menu[pack.id];
    const firstSet = pack.sets[0]!;
    if (saved && pack.sets.some((s) => s.id === saved.setId)) return saved;
    return { setId: firstSet.id, questionCount: 5, mode: 'place' };
  }

  titleView(): TitleView {
    const pack = this.pack;
    const today = localDateKey(this.env.today());
    const daily = dailyRound(pack, today);
    const saved = this.saved;
    const savedPack = saved ? this.packs.find((p) => p.id === saved.packId) : undefined;
    const invite = this.inviteValue;
    return titleView({
      pack,
      packs: this.packs,
      notices: this.noticesWaiting,
      menu: this.menu,
      best: this.data.best[pack.id] ?? {},
      daily: { number: daily.number, record: this.data.daily[pack.id]?.[today] ?? null },
      resume:
        saved && savedPack && !saved.results
          ? {
              setName:
                savedPack.sets.find((s) => s.id === saved.config.setId)?.shortName ?? saved.config.setId,
              where: whereLabel(saved),
              savedAgo: agoLabel(saved.savedAt, this.env.today()),
              shared: saved.origin.kind === 'shared',
            }
          : null,
      invite:
        !invite || this.savedIsInvite()
          ? null
          : invite.kind === 'daily'
            ? { kind: 'daily', number: invite.number, dateKey: invite.dateKey }
            : { kind: invite.kind, config: invite.config },
    });
  }

  /** Notices are shown once, on the menu. */
  takeNotices(): void {
    this.noticesWaiting.length = 0;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }

  // -------------------------------------------------------------------------------------------
  // Menu

  choosePack(id: string): void {
    if (!this.packs.some((p) => p.id === id)) return;
    this.update({ ...this.data, packId: id });
  }

  chooseMenu(patch: Partial<MenuChoice>): void {
    const pack = this.pack;
    const next = { ...this.menu, ...patch };
    if (!pack.sets.some((s) => s.id === next.setId)) return;
    this.update({ ...this.data, menu: { ...this.data.menu, [pack.id]: next } });
  }

  updateSettings(patch: Partial<Settings>): void {
    this.update({ ...this.data, settings: { ...this.data.settings, ...patch } });
    this.env.sound.setMuted(!this.settings.soundOn);
    this.env.sound.setVolume(this.settings.volume);
  }

  get playerName(): string {
    return this.data.playerName;
  }

  /** Reading screens remember where they were opened from. */
  open(screen: 'source' | 'how-to' | 'settings'): void {
    if (!READING_SCREENS.has(this.screenName)) this.returnTo = this.screenName;
    this.screenName = screen;
    if (screen === 'settings') this.sessionValue?.pause('settings');
    this.changed();
  }

  /** Back from a reading screen to where it was opened from. */
  back(): void {
    if (this.screenName === 'settings') this.sessionValue?.resume('settings');
    const target =
      this.sessionValue || !['board', 'quiz', 'results'].includes(this.returnTo) ? this.returnTo : 'title';
    this.screenName = this.screenName === 'message' ? 'title' : target;
    this.messageValue = null;
    this.changed();
  }

  showMessage(heading: string, message: string, details: readonly string[] = []): void {
    this.messageValue = messageView(heading, message, details);
    this.screenName = 'message';
    this.changed();
  }

  /** An error nothing else caught: say so, keep the saved round, offer a reload. */
  fail(problem: string): void {
    this.persistSession();
    this.messageValue = recoverView(problem, this.saved !== null);
    this.screenName = 'message';
    this.changed();
  }

  // -------------------------------------------------------------------------------------------
  // Starting rounds

  /** The big Play: a new round of the menu's choice, dealing what the last round did not. */
  play(): string | null {
    const pack = this.pack;
    const { setId, questionCount, mode } = this.menu;
    const base: RoundConfig = { ...defaultRound(pack, newSeed()), setId, questionCount, mode };
    const previous = this.data.lastDeal[pack.id] ?? null;
    const seeds = Array.from({ length: 8 }, () => newSeed());
    return this.start(pack, freshRound(pack, base, previous, seeds), { kind: 'own' });
  }

  /** Today's numbered round, the same for everyone (or the day a shared daily link names). */
  playDaily(dateKey = localDateKey(this.env.today()), pack: Pack = this.pack): string | null {
    const daily = dailyRound(pack, dateKey);
    return this.start(pack, daily.config, { kind: 'daily', number: daily.number, dateKey: daily.key });
  }

  /** A round from a link or a typed code: a teacher's (asks a name) or a friend's. */
  playInvite(playerName?: string): string | null {
    const invite = this.inviteValue;
    if (!invite) return 'There is no shared round to play.';
    if (invite.kind === 'daily') return this.playDaily(invite.dateKey, invite.pack);
    if (invite.kind === 'challenge')
      return this.start(invite.pack, invite.config, { kind: 'challenge', roundCode: invite.code });
    const name = (playerName ?? this.data.playerName).trim();
    if (!name) return 'Please type your name.';
    this.update({ ...this.data, playerName: name });
    return this.start(invite.pack, invite.config, {
      kind: 'shared',
      roundCode: invite.code,
      playerName: name,
    });
  }

  /** Leaves a teacher's round on the menu, to play one's own. */
  dismissInvite(): void {
    this.inviteValue = null;
    this.changed();
  }

  /** A round code typed in: opens it as the invite, or says what is wrong with it. */
  openRoundCode(text: string): string | null {
    const decoded = decodeRound(text, this.packs);
    if (!decoded.ok) return decoded.message;
    this.inviteValue = { kind: 'shared', code: decoded.code, config: decoded.config, pack: decoded.pack };
    this.changed();
    return null;
  }

  /** Starts a round; returns a reason when it cannot be played. Any saved round is set aside. */
  private start(pack: Pack, config: RoundConfig, origin: RoundOrigin): string | null {
    const planned = planRound(pack, config);
    if (!planned.ok) return `That round cannot be played: ${planned.error}.`;
    this.discardSaved();
    const timer = effectiveTimerSeconds(config.timerSeconds, this.settings.timer, origin.kind === 'shared');
    const session = new RoundSession(planned.plan, {
      clock: new RoundClock(this.env.now),
      timerSeconds: timer,
      origin,
    });
    this.attach(session);
    this.rememberDeal(planned.plan);
    this.screenName = 'board';
    this.persistSession();
    this.changed();
    return null;
  }

  private rememberDeal(plan: RoundPlan): void {
    this.update({
      ...this.data,
      lastDeal: {
        ...this.data.lastDeal,
        [plan.packId]: {
          eventIds: plan.cards.map((c) => c.id),
          questionIds: plan.questions.map((q) => q.question.id),
        },
      },
    });
  }

  // -------------------------------------------------------------------------------------------
  // A round in play

  private attach(session: RoundSession): void {
    this.detach();
    this.sessionValue = session;
    const pack = this.packs.find((p) => p.id === session.plan.packId)!;
    const play = (name: Parameters<SoundPlayer['play']>[0]): void => this.env.sound.play(name);
    this.boardValue = new BoardController(pack, session, {
      play,
      announce: (m) => this.announce(m),
      openCard: (id) => this.openCard(id),
      advance: (action) => this.advance(action),
    });
    this.quizValue = new QuizController(pack, session, {
      play,
      announce: (m) => this.announce(m),
      showStreak: () => this.settings.showStreak,
      finish: () => this.finish(),
    });
    this.sessionListener = session.onChange(() => this.persistSession());
  }

  private detach(): void {
    this.sessionListener?.();
    this.sessionListener = null;
    this.boardValue?.dispose();
    this.quizValue?.dispose();
    this.boardValue = null;
    this.quizValue = null;
    this.sessionValue = null;
  }

  private advance(action: BoardAction['id']): void {
    const session = this.sessionValue;
    if (!session) return;
    session.startQuiz();
    if (action === 'to-results' || session.phase === 'results') this.finish();
    else {
      this.screenName = 'quiz';
      this.changed();
    }
  }

  /** The round is over: score it, keep what is kept, and show the results. */
  private finish(): void {
    const session = this.sessionValue;
    if (!session || session.phase !== 'results') return;
    const pack = this.roundPack;
    const finished = finishRound({
      pack,
      session,
      data: this.data,
      now: this.env.today(),
      pageUrl: this.env.pageUrl,
    });
    this.update(finished.data);
    this.resultsValue = finished.view;
    // Kept, with what the results say, so a reload on this screen (a hand-in!) loses nothing.
    this.persistSession(finished.view);
    this.screenName = 'results';
    this.changed();
  }

  /** Saves the round in progress (or just finished), so a reload or Back resumes it. */
  private persistSession(results?: ResultsView): void {
    const session = this.sessionValue;
    if (!session || (!session.inProgress && !results)) return;
    const record = toSavedRound({
      config: session.plan.config,
      packVersion: session.plan.packVersion,
      origin: session.origin,
      timerSeconds: session.timerSeconds,
      progress: session.progress(),
      questionTotal: session.plan.questions.length,
      clock: session.clock.snapshot(),
      at: this.env.today(),
      ...(results ? { results } : {}),
    });
    this.saved = record;
    saveRound(this.env.storage, record);
  }

  /** Leaves the round for the menu; it stays saved, and the menu offers to resume it. */
  toMenu(): void {
    if (this.sessionValue?.inProgress) this.persistSession();
    else this.forgetFinished();
    this.detach();
    this.resultsValue = null;
    this.screenName = 'title';
    this.changed();
  }

  /** Which screen a round in play belongs on. */
  private roundScreen(session: RoundSession): ScreenName {
    if (session.phase === 'quiz') return 'quiz';
    if (session.phase === 'results') return 'results';
    return 'board';
  }

  private reopenResults(saved: SavedRound): void {
    const pack = this.packs.find((p) => p.id === saved.packId);
    const planned =
      pack && pack.version === saved.packVersion ? planRound(pack, saved.config as RoundConfig) : null;
    if (!planned?.ok || !saved.results) {
      const code = saved.results?.handIn?.code;
      this.forgetFinished();
      this.noticesWaiting.push(
        code
          ? `Your last result could not be shown again because the article’s content has changed. Its code to hand in was: ${code}`
          : 'Your last result could not be shown again because the article’s content has changed.',
      );
      return;
    }
    const session = new RoundSession(
      planned.plan,
      {
        clock: RoundClock.restore(this.env.now, saved.clock),
        timerSeconds: saved.timerSeconds,
        origin: saved.origin,
      },
      saved.progress,
    );
    this.attach(session);
    this.resultsValue = saved.results;
    this.screenName = 'results';
  }

  /** Resumes the saved round where it was. */
  resume(): string | null {
    const saved = this.saved;
    if (!saved) return 'There is no saved round.';
    const pack = this.packs.find((p) => p.id === saved.packId);
    if (!pack || pack.version !== saved.packVersion) {
      this.discardSaved();
      return 'Your saved round was made with an earlier version of this article’s content, so it cannot be resumed. Start a new one from the menu.';
    }
    const planned = planRound(pack, saved.config as RoundConfig);
    if (!planned.ok) {
      this.discardSaved();
      return `Your saved round cannot be played any more: ${planned.error}.`;
    }
    const session = new RoundSession(
      planned.plan,
      {
        clock: RoundClock.restore(this.env.now, saved.clock),
        timerSeconds: saved.timerSeconds,
        origin: saved.origin,
      },
      saved.progress,
    );
    this.attach(session);
    this.screenName = this.roundScreen(session);
    this.changed();
    return null;
  }

  /** A finished round's results are kept only until the player moves on from them. */
  private forgetFinished(): void {
    if (!this.saved?.results) return;
    this.saved = null;
    clearSavedRound(this.env.storage);
  }

  /** Sets the saved round aside for good; a teacher's round left unfinished is recorded as such. */
  discardSaved(): void {
    const saved = this.saved;
    if (!saved) return;
    if (saved.origin.kind === 'shared' && !saved.results) {
      const key = attemptKey(saved.packId, saved.origin.roundCode, saved.origin.playerName);
      this.update(recordAbandoned(this.data, key));
    }
    this.saved = null;
    clearSavedRound(this.env.storage);
    this.changed();
  }

  /** Results: the same round again (a teacher's round counts another attempt). */
  again(): string | null {
    const session = this.sessionValue;
    if (!session) return 'There is no round to play again.';
    const pack = this.roundPack;
    this.resultsValue = null;
    return this.start(pack, session.plan.config, session.origin);
  }

  /** Results: a new round of one's own, dealing what the last did not. */
  newRound(): string | null {
    this.resultsValue = null;
    return this.play();
  }

  // -------------------------------------------------------------------------------------------

  /** True when the invite on the menu is the round already saved (so the menu offers Resume). */
  private savedIsInvite(): boolean {
    const saved = this.saved;
    const invite = this.inviteValue;
    if (!saved || !invite || saved.results) return false;
    const origin = saved.origin;
    if (invite.kind === 'daily') return origin.kind === 'daily' && origin.dateKey === invite.dateKey;
    return (origin.kind === 'shared' || origin.kind === 'challenge') && origin.roundCode === invite.code;
  }

  private update(data: SavedData): void {
    this.data = data;
    this.changed();
    if (
      !saveData(this.env.storage, data) &&
      this.persistent &&
      !this.noticesWaiting.includes(NOT_PERSISTENT_NOTICE)
    )
      this.noticesWaiting.push(NOT_PERSISTENT_NOTICE);
  }

  /** For the results screen's "best" line and the hand-in. */
  get savedData(): Readonly<SavedData> {
    return this.data;
  }
}
