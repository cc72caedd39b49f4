import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import manifest from '../packages/widget/custom-elements.json' with { type: 'json' };
import { definePasserelleSimulator } from '../packages/widget/src/simulator/define.js';
import { definePasserelleMaterials } from '../packages/widget/src/materials/define-materials.js';
import { definePasserelleMeeting } from '../packages/widget/src/meeting/define-meeting.js';

setCustomElementsManifest(manifest);
definePasserelleSimulator();
definePasserelleMaterials();
definePasserelleMeeting();

/** The toolbar's language switch sets `lang` on every simulator in the story. */
const withLanguage: Decorator = (story, context) => {
  const result = story();
  queueMicrotask(() => {
    document
      .querySelectorAll('passerelle-simulator')
      .forEach((el) => el.setAttribute('lang', String(context.globals['lang'] ?? 'fr')));
  });
  return result;
};

const preview: Preview = {
  decorators: [withLanguage],
  globalTypes: {
    lang: {
      description: 'Langue / Language',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'fr' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
