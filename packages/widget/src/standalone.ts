/** The one-file build: `<script type="module" src="passerelle-simulator.js">` defines the element. */
import { definePasserelleSimulator } from './simulator/define.js';

definePasserelleSimulator();
