import { PasserelleMeeting } from './passerelle-meeting.js';

/** Registers <passerelle-meeting> once, even if the script is included twice. */
export function definePasserelleMeeting(tag = 'passerelle-meeting'): void {
  if (!customElements.get(tag)) customElements.define(tag, PasserelleMeeting);
}

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-meeting': PasserelleMeeting;
  }
}
