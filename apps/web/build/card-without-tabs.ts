import type { Plugin } from 'vite';

const CARD = /node_modules[\\/]antd[\\/]es[\\/]card[\\/]Card\.js$/;
const TABS_IMPORT = "import Tabs from '../tabs';";

/**
 * antd's Card imports Tabs for its `tabList` prop, which jifen never uses:
 * ~10 KB gzipped (rc-tabs and the tabs styles) on every page with a card
 * (issue 20). The build gives Card a stand-in that fails loudly instead, and
 * fails itself if a page starts using `tabList` (use antd's Tabs inside the
 * card then, or remove this plugin). Tests and the dev server keep antd as is.
 */
export function cardWithoutTabs(): Plugin {
  return {
    name: 'jifen-card-without-tabs',
    apply: 'build',
    transform(code, id) {
      if (/[\\/]apps[\\/]web[\\/]src[\\/].*\.tsx?$/.test(id) && /\btabList\b/.test(code))
        this.error(`${id} uses Card's tabList, which the build leaves out (build/card-without-tabs.ts)`);
      if (!CARD.test(id)) return null;
      if (!code.includes(TABS_IMPORT))
        this.error('antd/es/card/Card.js no longer imports Tabs as build/card-without-tabs.ts expects');
      return code.replace(
        TABS_IMPORT,
        "const Tabs = () => { throw new Error('Card tabList is left out of this build (apps/web/build/card-without-tabs.ts)'); };",
      );
    },
  };
}
