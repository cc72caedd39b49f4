/** The participant materials as one file: `<script type="module" src="passerelle-materials.js">`. */
import { definePasserelleMaterials } from './materials/define-materials.js';

definePasserelleMaterials();
