package dev.gavel.demo;

import java.util.List;
import java.util.Map;

/** The words the demo guild is made of. Every name is invented; none belongs to a real person. */
final class Vocabulary {

    private Vocabulary() {
    }

    static final List<String> GUILD_NAMES = List.of(
            "Null Pointer Lounge", "The Rubber Duck Club", "Segfault Society", "Async Await Café", "Off By One",
            "Stack Underflow", "Byte Club", "Lambda Lounge", "The Merge Conflict", "Heap of Devs", "Tabs & Spaces",
            "Semicolon Social", "Code Brew", "Refactor Lounge", "Commit Crew", "The Debug Room", "Syntax Sugar",
            "Compile Time", "Dev Den", "Hello World Hangout", "The Linter's Guild", "Pull Request Pub");

    static final List<String> ADJECTIVES = List.of(
            "quiet", "rusty", "lazy", "sleepy", "cosmic", "pixel", "tiny", "async", "lucky", "silent", "fuzzy", "brave",
            "clever", "curious", "dizzy", "electric", "fancy", "gentle", "happy", "hidden", "jolly", "mellow", "neon",
            "odd", "proud", "quick", "rapid", "shy", "sunny", "swift", "tidy", "vivid", "wild", "witty", "zen", "amber",
            "azure", "crimson", "golden", "ivory", "jade", "lunar", "misty", "noble", "polar", "retro", "solar",
            "static", "turbo", "velvet", "binary", "cyber", "hyper", "meta", "micro", "nano", "quantum", "spare",
            "stray", "feral", "grumpy", "humble", "nimble", "plucky", "snappy", "spicy", "tangled", "frozen", "salty",
            "sneaky", "stubborn", "wobbly", "cozy", "dusty", "hollow", "mighty", "restless", "sudden", "lost");

    static final List<String> NOUNS = List.of(
            "kernel", "lambda", "pointer", "socket", "buffer", "thread", "byte", "cursor", "daemon", "fox", "owl",
            "panda", "otter", "badger", "raven", "moth", "ferret", "koala", "llama", "duck", "gecko", "heron", "lynx",
            "newt", "orca", "quokka", "robin", "squid", "toad", "walrus", "yak", "compiler", "parser", "monad", "tuple",
            "vector", "widget", "gizmo", "sprite", "shader", "packet", "router", "cache", "commit", "branch", "rebase",
            "stack", "heap", "queue", "regex", "token", "nibble", "glitch", "patch", "script", "loop", "closure",
            "promise", "module", "crate", "gopher", "crab", "bean", "cookie", "waffle", "noodle", "pancake", "taco",
            "mango", "pickle", "biscuit", "pretzel", "muffin", "comet", "pixel", "falcon", "beetle", "lantern", "anchor");

    /** Given names as people use them for display; alone they name nobody. */
    static final List<String> GIVEN_NAMES = List.of(
            "Mara", "Jun", "Tobi", "Ines", "Kofi", "Lena", "Ravi", "Sanne", "Yuki", "Omar", "Priya", "Nils", "Aiko",
            "Bram", "Chidi", "Dalia", "Emre", "Freya", "Goran", "Hana", "Ilya", "Jonas", "Kaito", "Luca", "Mei",
            "Nadia", "Oskar", "Pia", "Quentin", "Rosa", "Søren", "Tariq", "Uma", "Vera", "Wren", "Xiao", "Yara",
            "Zeno", "Amara", "Björn", "Chloé", "Dmitri", "Élodie", "Farah", "Gunnar", "Hiro", "Isla", "Jana", "Kwame",
            "Leila", "Mateo", "Noor", "Olek", "Paz", "Rania", "Sven", "Tomás", "Uri", "Vikram", "Wiebke", "Ximena",
            "Yusuf", "Zoë", "Łukasz", "Øystein", "Ana", "Ben", "Cleo", "Dev", "Eli", "Femi", "Gia", "Hugo", "Ivo",
            "Jade", "Kai", "Lior", "Milo", "Nico", "Ola", "Pim", "Rui", "Sami", "Teo", "Vlad", "Wim", "Yan", "Zaid");

    static final List<String> DISPLAY_TAGS = List.of(
            " | TS", " (she/her)", " (he/him)", " (they/them)", " 🦀", " 🐍", " ☕", " ✨", " | backend", " | student",
            " 🌙", " | rustacean", " | web dev", " 🎧", " | AFK", " 🇧🇷", " 🇩🇪", " 🇮🇳", " 🇯🇵", " | hire me");

    static final List<String[]> BOTS = List.of(
            new String[] {"gavel", "Gavel"},
            new String[] {"snippetrunner", "Snippet Runner"},
            new String[] {"welcomebot", "Welcome Bot"},
            new String[] {"rolepicker", "Role Picker"});

    /** Forum post and thread titles, by the language of the channel they are in. */
    static final Map<String, List<String>> TITLES = Map.of(
            "js", List.of("Why is my useEffect running twice?", "Promise.all vs for await, which one?",
                    "Debounce an input in React without lodash", "Cannot read properties of undefined (reading 'map')",
                    "Typing a generic fetch wrapper in TypeScript", "Node stream backpressure question",
                    "ESM vs CommonJS import errors in Jest", "Vite build fails only in CI", "Zod schema for a union type",
                    "Event listener fires on every render"),
            "py", List.of("asyncio.gather swallowing exceptions?", "How to structure a FastAPI project",
                    "pandas groupby with several aggregations", "venv vs poetry vs uv?",
                    "Why is my list comprehension slower than a loop?", "Type hints for a decorator that keeps the signature",
                    "Django migrations out of sync", "Reading a huge CSV without running out of memory"),
            "java", List.of("Spring Boot won't start: circular bean reference", "Records vs Lombok @Value",
                    "CompletableFuture exception handling", "Gradle can't find my module", "Why does my HashMap lose entries?",
                    "JavaFX TableView not refreshing", "Virtual threads and synchronized blocks"),
            "rs", List.of("Borrow checker vs my linked list", "Lifetimes in a struct that holds a &str",
                    "tokio::spawn requires 'static", "Box<dyn Trait> or generics?", "Cargo workspace with shared dependencies",
                    "Serde: rename all fields to camelCase"),
            "css", List.of("Centering a div inside a flex column", "CSS grid auto-fit vs auto-fill",
                    "Font not loading on Safari", "Sticky header jumps on scroll", "Dark mode with CSS variables"),
            "sql", List.of("Index not used for a LIKE query", "Postgres jsonb or a separate table?", "N+1 queries with an ORM",
                    "SQLite WAL mode and concurrent writes", "Window function for a running total"),
            "ops", List.of("Docker container can't reach localhost", "GitHub Actions cache not restoring",
                    "nginx reverse proxy for websockets", "Kubernetes pod stuck in CrashLoopBackOff"),
            "any", List.of("First junior job: what to expect?", "Code review: my first CLI tool", "How do you learn a new codebase?",
                    "Weekly showcase thread", "Game jam team-up", "Book club: Crafting Interpreters", "Rate my portfolio site",
                    "Side project ideas for the weekend", "Tips for technical interviews", "What are you building this week?"));

    /** Ticket concerns: what members ask the moderators (30 to 500 characters, as the modal requires). */
    static final List<String> CONCERNS = List.of(
            "Someone keeps DMing me links to a \"free nitro\" site after I answered their question in the help forum. Can you take a look?",
            "I was timed out yesterday and I don't understand why. Could a moderator explain what I did wrong?",
            "There's a user posting the same advert in several channels every few hours. I have screenshots if you need them.",
            "My message in #showcase was removed by the filter but it only had a GitHub link to my own project.",
            "I'd like to suggest a channel for game development, there are a lot of Godot and Unity questions lately.",
            "Someone in voice was being really rude to a beginner during the pair programming session tonight.",
            "I accidentally posted my API key in #javascript, can a mod delete the message please? I already rotated it.",
            "Is it allowed to post job offers here? We're hiring a junior frontend developer and I don't want to break the rules.",
            "The bot in #welcome didn't give me the member role after I accepted the rules, so I can't post anywhere.",
            "A user keeps pinging me in every channel after I said I can't help with their homework.",
            "Could we have an event for Advent of Code this year? I'd be happy to help organise it.",
            "I think my account was compromised and sent spam here last night. I've secured it now, sorry about that.",
            "Someone is asking people to run a suspicious .exe to 'test their game'. Please check #off-topic.",
            "I'd like to report a message with a slur in #general around 20:00 UTC. It was deleted but I have a screenshot.",
            "Could the mods unpin the old event post in #announcements? It confuses new members.",
            "I'd like to appeal the warning I got for self-promotion. The link was to an open-source library I maintain.",
            "There's a spam bot that joins, posts a link in every channel and leaves. It happened three times today.",
            "Can I host a small live-coding stream in the Lounge voice channel on Saturday? About an hour, nothing commercial.",
            "Two people are arguing about tabs and spaces in #general and it is getting personal. Could someone step in?",
            "My nickname was reset after the role update and I can't change it back myself. Could you help?");

    /** Concerns of the second panel: applications for the Helper role. */
    static final List<String> APPLICATIONS = List.of(
            "I'd like to apply for Helper. I've been answering questions in #python for about four months and enjoy it.",
            "Applying for the Helper role: I mostly hang out in the JavaScript channels and review code on weekends.",
            "Hi! I'd love to help out as a Helper in the Rust and databases channels. I'm on most evenings (UTC+1).",
            "Helper application: professional Java developer, happy to take the beginner questions in #java.",
            "I'd like to become a Helper for the web design channel. I've answered a lot of CSS questions there already.");

    /** What tracked members wrote, by kind of incident: quoted into their moderation thread. */
    static final List<String> SPAM = List.of(
            "🔥 FREE NITRO for everyone who joins in the next hour 🔥 claim it here: https://dlscord-gifts.example/claim",
            "Earn $500 a day from home with my trading signals, DM me for the invite",
            "selling cheap accounts and server boosts, prices in my bio",
            "@everyone new airdrop is live, connect your wallet before it runs out https://airdrop-claim.example");
    static final List<String> RUDE = List.of(
            "if you can't figure out a for loop maybe programming isn't for you",
            "nobody here knows anything, this server is a joke",
            "stop asking stupid questions and read the docs for once",
            "lol imagine still writing php in this day and age, embarrassing",
            "I already told you, you're wrong, and honestly so is everyone who agrees with you");
    static final List<String> PROMO = List.of(
            "subscribe to my channel, I post coding tutorials every day!! https://video.example/c/codewithme",
            "check out my course, 90% off today only: https://learn-fast.example/course",
            "my startup is looking for beta testers, DM me and I'll send you a referral link");
    static final List<String> HOMEWORK = List.of(
            "can someone just write this assignment for me? due in 2 hours, I'll pay 20 bucks",
            "just give me the code for the linked list task, I don't need an explanation");

    static final List<String> TIMEOUT_REASONS = List.of(
            "Insulting another member", "Spamming the same question in five channels", "Arguing after a warning",
            "Asking for paid homework help after being told not to");
    static final List<String> BAN_REASONS = List.of(
            "Repeated harassment after a timeout", "Scam links", "Compromised account posting phishing links",
            "Hate speech");
    static final List<String> KICK_REASONS = List.of("Spam bot behaviour", "Self-promotion in every channel after warnings");
    static final List<String> UNBAN_REASONS = List.of("Appeal accepted", "Account recovered by its owner");
    static final List<String> TIMEOUT_REMOVED_REASONS = List.of("Apologised in a ticket", "Timeout was longer than intended");

    /** Documentation and other pages people link to, by language. */
    static final Map<String, List<String>> DOC_LINKS = Map.of(
            "js", List.of("https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/map",
                    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise/all",
                    "https://react.dev/reference/react/useEffect", "https://www.typescriptlang.org/docs/handbook/2/generics.html",
                    "https://nodejs.org/api/stream.html", "https://vitejs.dev/guide/"),
            "py", List.of("https://docs.python.org/3/library/asyncio-task.html", "https://docs.python.org/3/tutorial/datastructures.html",
                    "https://fastapi.tiangolo.com/tutorial/", "https://pandas.pydata.org/docs/user_guide/groupby.html"),
            "java", List.of("https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/HashMap.html",
                    "https://docs.spring.io/spring-boot/index.html", "https://openjdk.org/jeps/444"),
            "rs", List.of("https://doc.rust-lang.org/book/ch04-01-what-is-ownership.html", "https://docs.rs/tokio/latest/tokio/",
                    "https://doc.rust-lang.org/std/collections/struct.HashMap.html", "https://serde.rs/attributes.html"),
            "css", List.of("https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_grid_layout",
                    "https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_flexible_box_layout", "https://caniuse.com/css-has"),
            "sql", List.of("https://www.postgresql.org/docs/current/indexes-types.html", "https://www.sqlite.org/wal.html",
                    "https://use-the-index-luke.com/"),
            "ops", List.of("https://docs.docker.com/compose/", "https://docs.github.com/en/actions",
                    "https://kubernetes.io/docs/concepts/workloads/pods/"),
            "any", List.of("https://en.wikipedia.org/wiki/Big_O_notation", "https://git-scm.com/book/en/v2",
                    "https://roadmap.sh/", "https://regex101.com/", "https://en.wikipedia.org/wiki/Rubber_duck_debugging"));

    static final List<String> PROJECT_WORDS = List.of(
            "todo-app", "dotfiles", "tiny-lisp", "weather-cli", "pixel-editor", "chess-engine", "budget-tracker",
            "markdown-blog", "discord-dice", "raytracer", "snake-game", "url-shortener", "habit-tracker", "json-diff",
            "portfolio", "chip8-emulator", "recipe-book", "kanban-board", "static-site", "word-counter");
}
