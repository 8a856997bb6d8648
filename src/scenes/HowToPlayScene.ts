import type { Layout } from '../ui/layout';
import { BaseScene } from './BaseScene';

// Placeholder until this scene is written; registered so the scene list is complete.
export class HowToPlayScene extends BaseScene {
  constructor() {
    super('HowToPlay');
  }

  protected override draw(_layout: Layout): void {
    this.topBar('HowToPlay');
  }
}
