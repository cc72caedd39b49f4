/**
 * The rules as the elements run them in a page (`<script type="module">` or `import()` of
 * `passerelle-rules.js`): the same chunk the simulator computes with, for a host that wants the
 * figures without an element, and for the test that holds the page's arithmetic to the CLI's.
 */
export { compare, simulate, sweep, timeline } from '@passerelle/rules';
