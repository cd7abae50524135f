import { useEffect, type RefObject } from 'react';

/** How far the pupils may move, in viewBox units. */
const REACH = 4;

/**
 * Makes the octopus look at the pointer: sets `--gaze-x` and `--gaze-y` (each in [-1, 1]) on the
 * drawing, at most once per frame, without re-rendering React.
 */
export function useGaze(ref: RefObject<SVGSVGElement | null>, enabled: boolean) {
  useEffect(() => {
    const svg = ref.current;
    if (!enabled || svg === null) return;
    let frame = 0;
    let pointer: { x: number; y: number } | undefined;

    const update = () => {
      frame = 0;
      if (pointer === undefined) return;
      const box = svg.getBoundingClientRect();
      // The eyes sit about 40% down the drawing.
      const dx = pointer.x - (box.left + box.width / 2);
      const dy = pointer.y - (box.top + box.height * 0.4);
      const distance = Math.hypot(dx, dy) || 1;
      const pull = Math.min(1, distance / Math.max(box.width, 1));
      svg.style.setProperty('--gaze-x', ((dx / distance) * pull * REACH).toFixed(2));
      svg.style.setProperty('--gaze-y', ((dy / distance) * pull * REACH).toFixed(2));
    };
    const onMove = (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      if (frame === 0) frame = requestAnimationFrame(update);
    };

    window.addEventListener('pointermove', onMove, { passive: true });
    return () => {
      window.removeEventListener('pointermove', onMove);
      cancelAnimationFrame(frame);
      svg.style.removeProperty('--gaze-x');
      svg.style.removeProperty('--gaze-y');
    };
  }, [ref, enabled]);
}
