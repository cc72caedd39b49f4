/** The counsellor's meeting as one file: `<script type="module" src="passerelle-meeting.js">` defines the element. */
import { definePasserelleMeeting } from './meeting/define-meeting.js';

definePasserelleMeeting();
