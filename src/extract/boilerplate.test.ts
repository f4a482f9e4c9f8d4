import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { boilerplateKind } from "./boilerplate.js";

describe("boilerplateKind", () => {
  const cases: [string, string][] = [
    ["Advert", "ad"],
    ["ADVERTISEMENT", "ad"],
    ["- Advertisement -", "ad"],
    ["Story continues below advertisement", "ad"],
    ["Scroll to continue with content", "ad"],
    ["Sponsored content", "ad"],
    [
      "If you would like to donate to the Disaster Appeal, which will help provide shelter and water, click here for more information",
      "appeal",
    ],
    ["To donate, visit our appeal page or text HELP to 70000.", "appeal"],
    ["Click here to read the full report", "appeal"],
    ["Donate now and double your impact", "appeal"],
    ["Subscribe to our channel for more videos", "appeal"],
    ["Follow us on Telegram for live updates", "appeal"],
    ["Sign up to First Light, our free morning newsletter", "appeal"],
    ["Get the latest headlines delivered to your inbox with our daily newsletter", "appeal"],
    ["The Front Line: A newsletter for only the biggest stories of the week", "appeal"],
    ["We use cookies to personalise content and ads.", "cookie"],
    [
      "We need your consent to load this social media content, which can set cookies on your device.",
      "cookie",
    ],
    ["By continuing to use this site, you agree to our use of cookies.", "cookie"],
    ["Read more: Ceasefire collapses in the east", "link-label"],
    ["READ MORE", "link-label"],
    ["You can read more about that story here.", "link-label"],
    ["Read more news from the region on our home page", "link-label"],
    ["Related: What we know so far", "link-label"],
    ["See also - Timeline of the siege", "link-label"],
    ["You may also like...", "link-label"],
    ["WATCH: Footage from the scene", "link-label"],
    ["Share this article", "share"],
    ["Share on Facebook · Share on Twitter · Email", "share"],
    ["Facebook Twitter WhatsApp Telegram", "share"],
    ["Photo: Regional Administration", "credit"],
    ["Image credit: Reuters", "credit"],
    ["Photo by Jane Doe/Agency", "credit"],
    ["Like this story? Share it with a friend!", "appeal"],
    ["If you enjoyed this article, we have a proposition for you: become a member.", "appeal"],
    ["Follow us on Twitter @example and on Facebook.", "appeal"],
    ["Follow the Daily Example on Instagram and YouTube", "contact"],
    ["Follow our full coverage of the war at https://news.example/war", "contact"],
    ["Email Jane Doe at jdoe@news.example or follow her @janedoe.", "contact"],
    ["Have a tip? The reporter may be reached at tips@news.example.", "contact"],
    ["Reading time: 3 minutes", "page-meta"],
    ["5 min read", "page-meta"],
    ["Filed under: World |", "page-meta"],
    ["Updated at 1:23 p.m.", "page-meta"],
    ["Published 12 March 2022, 10:30", "page-meta"],
    ["This slideshow requires JavaScript.", "page-meta"],
    ["© 2023 Example Media Ltd. All rights reserved.", "copyright"],
    ["Copyright 2022 The Daily Example", "copyright"],
  ];
  for (const [line, kind] of cases) {
    it(`marks "${line.slice(0, 50)}" as ${kind}`, () => assert.equal(boilerplateKind(line), kind));
  }

  const sentences = [
    "The aid agency asked residents to donate blood at the city hospital after the attack.",
    "To help the displaced, the council opened three schools as shelters on Tuesday.",
    "Advertisements for the rally appeared on billboards across the region in March.",
    "He shared a video of the strike, which was later verified by independent analysts.",
    "Related to the case, prosecutors said two more suspects had been detained.",
    "More than 900 civilians have been killed, according to the UN.",
    "Photos taken by residents show the roof of the maternity ward destroyed.",
    "Copyright law was not the issue, the judge said, but the use of the footage was.",
    "Subscribers to the local news service received the warning an hour before the strike.",
    "The site uses cookie-cutter designs, said the researcher who traced the network.",
    "Watch list entries were shared with allies, officials said.",
    "Share prices fell sharply on Monday.",
    "A newsletter published by the ministry said the bridge would reopen in May.",
    "Readers of the local paper were warned the night before.",
    "Follow-up inspections found the shelter had been hit twice.",
    "Join the dots, the prosecutor said, and the pattern is clear.",
    "Updated figures from the UN show the toll has risen to 900.",
    "Published in 2021, the report documented 40 attacks on hospitals in the region.",
    "Contact with the village was lost on Tuesday, the governor said.",
    "Reporting by Jane Doe; editing by John Roe",
  ];
  for (const s of sentences) {
    it(`keeps "${s.slice(0, 50)}"`, () => assert.equal(boilerplateKind(s), null));
  }
});
