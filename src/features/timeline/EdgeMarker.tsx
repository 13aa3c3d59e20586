/**
 * A marker at the timeline's edge for the events outside the window on that side ("← 1983–2025,
 * 13 events"): "Fit" frames the dense stretch and leaves far outliers out, and this says they are
 * there; a click moves the window to them.
 */
import { edgeMarkerText, type EdgeGroup } from '../../domain/eventFrame';

interface EdgeMarkerProps {
  readonly group: EdgeGroup;
  readonly side: 'before' | 'after';
  readonly onShow: (group: EdgeGroup, side: 'before' | 'after') => void;
}

export function EdgeMarker({ group, side, onShow }: EdgeMarkerProps) {
  const text = edgeMarkerText(group, side);
  return (
    <button
      type="button"
      className={`timeline__edge timeline__edge--${side}`}
      title={side === 'before' ? 'Show the earlier events' : 'Show the later events'}
      onClick={() => onShow(group, side)}
    >
      {text}
    </button>
  );
}
