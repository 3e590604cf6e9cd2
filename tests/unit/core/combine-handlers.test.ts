import { describe, expect, it } from 'vitest';
import { combineHandlers, type Handlers } from '../../../electron/core/dispatcher';

describe('the handler table', () => {
  it('refuses two handlers for one method, and a method nobody handles', () => {
    const info = { 'app.info': () => ({}) } as unknown as Partial<Handlers>;
    expect(() => combineHandlers(info, info)).toThrow('two handlers for the method "app.info"');
    expect(() => combineHandlers(info)).toThrow(/^no handler for /);
  });
});
