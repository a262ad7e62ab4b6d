/** The overlay's look, handed to the content scripts: its CSS and a Preact renderer per box. */
import { render } from 'preact';
import type { OverlayUi } from '../../lib/content/overlay-view';
import { Overlay } from './Overlay';
import { OVERLAY_CSS } from './styles';

export const overlayUi: OverlayUi = {
  css: OVERLAY_CSS,
  create: (container) => ({
    render: (props) => render(<Overlay {...props} />, container),
    unmount: () => render(null, container),
  }),
};
