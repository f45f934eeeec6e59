import { createHash } from 'node:crypto';

/**
 * The site's two inline scripts, and their CSP hashes (Astro hashes only the scripts it bundles).
 * They are inline because they must run before the first paint or the moment their element exists,
 * and tiny because every byte counts against each page's JavaScript budget (tests/e2e/budget.test.ts).
 */

/** localStorage key of the chosen colour scheme: "light", "dark" or "system". */
export const THEME_STORAGE_KEY = 'theme';
/** Id of the colour-scheme `<select>` in the site header (src/components/ThemeSwitch.astro). */
export const THEME_SELECT_ID = 'theme';
/** Id of the `<template>` holding a page's lazily loaded script (src/scripts/ReadingAids.astro). */
export const LAZY_SCRIPT_ID = 'lazy-script';

/**
 * In <head>, before anything is painted:
 * 1. sets `<html data-theme>` from localStorage (default "system"); global.css picks the colour
 *    tokens from it, and its presence tells the CSS that scripting is on;
 * 2. on the first pointer or keyboard focus that reaches an element matching the lazy template's
 *    `data-wake-on` selector, moves the template's content (an Astro-bundled module script) into the
 *    document, which loads and runs it. Pages without that template are unaffected.
 * Storage can throw (blocked cookies, sandboxed frames): the page then follows the system setting.
 */
export const BOOT_SCRIPT =
  `((d,k)=>{let t;try{t=localStorage[k]}catch(e){}d.dataset.theme=t||"system";` +
  `for(let t of["pointerover","focusin"])addEventListener(t,e=>{let l=document.getElementById("${LAZY_SCRIPT_ID}");` +
  `if(l&&e.target.closest(l.dataset.wakeOn))l.replaceWith(l.content)})})(document.documentElement,"${THEME_STORAGE_KEY}")`;

/** Right after the theme select: shows the current choice in it, and applies and stores a new one. */
export const THEME_SWITCH_SCRIPT =
  `(s=>{let d=document.documentElement;s.value=d.dataset.theme;` +
  `s.onchange=()=>{d.dataset.theme=s.value;try{localStorage.${THEME_STORAGE_KEY}=s.value}catch(e){}}})` +
  `(document.getElementById("${THEME_SELECT_ID}"))`;

const sha256 = (script: string): `sha256-${string}` => `sha256-${createHash('sha256').update(script).digest('base64')}`;

/** CSP sources for the inline scripts, added to every page's policy by Base.astro. */
export const INLINE_SCRIPT_HASHES = [sha256(BOOT_SCRIPT), sha256(THEME_SWITCH_SCRIPT)] as const;
