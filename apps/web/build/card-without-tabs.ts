import type { Plugin } from 'vite';
import { antdStandIn } from './antd-stand-in.ts';

/**
 * antd's Card imports Tabs for its `tabList` prop, which jifen never uses:
 * ~10 KB gzipped (rc-tabs and the tabs styles) on every page with a card
 * (issue 20). The build gives Card a stand-in that fails loudly instead, and
 * fails itself if a page starts using `tabList` (use antd's Tabs inside the
 * card then, or remove this plugin).
 */
export function cardWithoutTabs(): Plugin {
  return antdStandIn({
    name: 'jifen-card-without-tabs',
    module: 'card/Card.js',
    importLine: "import Tabs from '../tabs';",
    replacement:
      "const Tabs = () => { throw new Error('Card tabList is left out of this build (apps/web/build/card-without-tabs.ts)'); };",
    sourceUses: (code) => /\btabList\b/.test(code),
    use: "uses Card's tabList",
    file: 'build/card-without-tabs.ts',
  });
}
