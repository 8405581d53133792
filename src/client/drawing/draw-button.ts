// The audience window's "Rita" button: it shows while a mouse moves over the window (or it has
// focus), as a video player's controls do, and keeps out of the audience's sight otherwise. D does the same.
import './draw-button.css';

const IDLE_MS = 3000;

export function addDrawButton(onPress: () => void): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'draw-button';
  button.textContent = 'Rita';
  button.title = 'Rita på bilden (D)';
  button.setAttribute('aria-keyshortcuts', 'D');
  button.hidden = true;
  let idle: number | undefined;
  const hideLater = () => {
    window.clearTimeout(idle);
    idle = window.setTimeout(() => {
      if (!button.matches(':hover, :focus')) button.hidden = true;
    }, IDLE_MS);
  };
  document.addEventListener('mousemove', () => {
    button.hidden = false;
    hideLater();
  });
  button.addEventListener('blur', hideLater);
  button.addEventListener('click', (event) => {
    onPress();
    if (event.detail > 0) button.blur();
  });
  document.body.append(button);
}
