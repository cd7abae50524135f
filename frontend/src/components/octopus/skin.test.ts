import { describe, expect, it } from 'vitest';
import { MOOD_LOOKS, mix, skinLook } from '@/components/octopus/skin';

describe('skinLook', () => {
  it('wears the skin the server sends, tinted by the octopus’s own colour', () => {
    const look = skinLook('HAPPY', { color: '#f28c28', pattern: 'SOLID' }, '#2a9d8f');
    expect(look.body).toBe(mix('#f28c28', '#2a9d8f', 0.18));
    expect(look.accent).toBe('#2a9d8f');
    expect(look.pattern).toBe('SOLID');
    expect(look.feeling).toBe('Happy');
  });

  it('falls back on DESIGN §2’s colour and pattern of the mood without a skin', () => {
    const look = skinLook('ECSTATIC', undefined, undefined);
    expect(look.body).toBe('#ff6f61');
    expect(look.pattern).toBe('RIPPLING');
    expect(look.words).toBe('bright coral, rippling');
  });

  it('turns the lights off for a sleeper and inks when scared', () => {
    expect(skinLook('ASLEEP', undefined, undefined)).toMatchObject({
      lightsOff: true,
      inking: false,
      pattern: 'DREAM_FLASHES',
    });
    expect(skinLook('SCARED', undefined, undefined)).toMatchObject({
      lightsOff: false,
      inking: true,
    });
  });

  it('knows a look for every mood, and no two moods look the same', () => {
    const colours = Object.values(MOOD_LOOKS).map((look) => look.color);
    expect(colours).toHaveLength(11);
    expect(new Set(colours).size).toBe(11);
  });

  it('mixes colours channel by channel', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#ff0000', '#0000ff', 0)).toBe('#ff0000');
    expect(mix('not a colour', '#0000ff', 0.5)).toBe('not a colour');
  });
});
