/**
 * The sound layer's logic without any audio library: the status machine, muting, volume clamping and the
 * "never throw, go quiet instead" rule. src/audio/sound.ts plugs the Howler backend into it; tests plug a fake.
 */

/**
 * Every sound the game plays: picking up and dropping a card, a right and a wrong answer, the end of a round,
 * a card landing with its date flipping over, a wrong card sliding to its place, the last seconds of a
 * question's countdown, one step of a score counting up, and a perfect round.
 */
export const SOUND_NAMES = [
  'pickup',
  'drop',
  'correct',
  'wrong',
  'complete',
  'flip',
  'slide',
  'tick',
  'count',
  'celebrate',
] as const;

export type SoundName = (typeof SOUND_NAMES)[number];
export type SoundStatus = 'idle' | 'loading' | 'ready' | 'unavailable';

export interface SoundPlayer {
  /** No-op when muted, unavailable or not yet ready (before unlock() and while loading). */
  play(name: SoundName): void;
  setMuted(muted: boolean): void;
  /** 0..1, clamped. */
  setVolume(volume: number): void;
  readonly status: SoundStatus;
  /** Called on every status change (not with the current status). Returns an unsubscribe function. */
  onStatusChange(listener: (status: SoundStatus) => void): () => void;
  /** Start loading; call on the first user gesture (pointerdown/keydown) so no AudioContext starts before it. */
  unlock(): void;
}

/** What a backend tells the player. Either may be called synchronously from inside the factory. */
export interface AudioBackendHooks {
  /** One sound finished loading. */
  loaded(name: SoundName): void;
  /** Audio cannot be used: a sound failed to load or play, or there is no audio output at all. */
  failed(reason: string): void;
}

/** A loaded set of sounds. Any method may throw; the player catches it and goes quiet. */
export interface AudioBackend {
  play(name: SoundName): void;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
  dispose?(): void;
}

/**
 * Creates the backend and starts loading every sound in SOUND_NAMES. Called once, from unlock(). May answer
 * with a promise, so the audio library itself can be downloaded then; a rejected promise makes audio
 * unavailable.
 */
export type AudioBackendFactory = (hooks: AudioBackendHooks) => AudioBackend | PromiseLike<AudioBackend>;

export interface SoundPlayerOptions {
  muted: boolean;
  volume: number;
  createBackend: AudioBackendFactory;
  /** Told once, when audio becomes unavailable. Defaults to console.warn (never console.error). */
  warn?: (message: string) => void;
}

/** Clamps to 0..1; NaN counts as 0 (silent is the safe reading of a broken setting). */
export function clampVolume(volume: number): number {
  if (Number.isNaN(volume)) return 0;
  return Math.min(1, Math.max(0, volume));
}

export class GatedSoundPlayer implements SoundPlayer {
  private currentStatus: SoundStatus = 'idle';
  private muted: boolean;
  private volume: number;
  private backend: AudioBackend | null = null;
  private readonly loadedNames = new Set<SoundName>();
  private readonly listeners = new Set<(status: SoundStatus) => void>();
  private readonly createBackend: AudioBackendFactory;
  private readonly warn: (message: string) => void;
  private warned = false;

  constructor(options: SoundPlayerOptions) {
    this.muted = options.muted;
    this.volume = clampVolume(options.volume);
    this.createBackend = options.createBackend;
    this.warn = options.warn ?? ((message) => console.warn(message));
  }

  get status(): SoundStatus {
    return this.currentStatus;
  }

  unlock(): void {
    if (this.currentStatus !== 'idle') return;
    this.setStatus('loading');
    let created: AudioBackend | PromiseLike<AudioBackend>;
    try {
      created = this.createBackend({
        loaded: (name) => this.handleLoaded(name),
        failed: (reason) => this.fail(reason),
      });
    } catch (error) {
      this.fail(`audio backend could not start: ${describe(error)}`);
      return;
    }
    if (isPromiseLike(created)) {
      created.then(
        (backend) => this.adopt(backend),
        (error: unknown) => this.fail(`audio could not be loaded: ${describe(error)}`),
      );
    } else {
      this.adopt(created);
    }
  }

  play(name: SoundName): void {
    if (this.muted || this.currentStatus !== 'ready') return;
    this.callBackend((b) => b.play(name));
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.callBackend((b) => b.setMuted(muted));
  }

  setVolume(volume: number): void {
    this.volume = clampVolume(volume);
    this.callBackend((b) => b.setVolume(this.volume));
  }

  onStatusChange(listener: (status: SoundStatus) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Takes over a started backend and hands it the mute and volume chosen so far (perhaps while it loaded). */
  private adopt(backend: AudioBackend): void {
    if (this.isUnavailable()) {
      // The factory reported a failure before its backend arrived.
      safely(() => backend.dispose?.());
      return;
    }
    this.backend = backend;
    this.callBackend((b) => {
      b.setMuted(this.muted);
      b.setVolume(this.volume);
    });
  }

  private handleLoaded(name: SoundName): void {
    if (this.currentStatus !== 'loading') return;
    this.loadedNames.add(name);
    if (SOUND_NAMES.every((n) => this.loadedNames.has(n))) this.setStatus('ready');
  }

  /** Runs a backend call only while a live backend exists; any exception makes audio unavailable. */
  private callBackend(call: (backend: AudioBackend) => void): void {
    const backend = this.backend;
    if (!backend || this.isUnavailable()) return;
    try {
      call(backend);
    } catch (error) {
      this.fail(`audio call failed: ${describe(error)}`);
    }
  }

  /** A method, not an inline comparison, so TypeScript does not narrow the status across hook callbacks. */
  private isUnavailable(): boolean {
    return this.currentStatus === 'unavailable';
  }

  private fail(reason: string): void {
    if (this.isUnavailable()) return;
    const backend = this.backend;
    this.backend = null;
    if (backend) safely(() => backend.dispose?.());
    if (!this.warned) {
      this.warned = true;
      safely(() => this.warn(`Sound is off: ${reason}`));
    }
    this.setStatus('unavailable');
  }

  private setStatus(status: SoundStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const listener of [...this.listeners]) {
      // A faulty listener must not break play() or the other listeners.
      safely(() => listener(status));
    }
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // Sound is optional: swallow rather than disturb the game.
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
